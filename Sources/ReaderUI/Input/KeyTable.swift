/// What a key does. The reader's keys are data: `KeyTable.bindings` maps keys to actions, and
/// both `update` and the help overlay read it.
public enum Action: String, Sendable, CaseIterable {
    case focusNext, focusPrevious
    case moveDown, moveUp, pageDown, pageUp, top, bottom
    case expand, collapse
    case open, nextSource, previousSource, back
    case toggleStories, search, nextHit, previousHit
    case claimsView, matrixView, help, closeOrQuit
}

/// One row of the key table: the keys, their names as the help shows them, and the action.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var names: String
    public var action: Action
    public var help: String
}

/// The key table of the reader.
public enum KeyTable {
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.tab], names: "Tab", action: .focusNext, help: "focus the next pane"),
        KeyBinding(keys: [.backTab], names: "Shift-Tab", action: .focusPrevious, help: "focus the previous pane"),
        KeyBinding(keys: [.character("j"), .down], names: "j ↓", action: .moveDown, help: "move down in the focused pane"),
        KeyBinding(keys: [.character("k"), .up], names: "k ↑", action: .moveUp, help: "move up in the focused pane"),
        KeyBinding(keys: [.pageDown, .character(" ")], names: "PgDn Space", action: .pageDown, help: "page down"),
        KeyBinding(keys: [.pageUp], names: "PgUp", action: .pageUp, help: "page up"),
        KeyBinding(keys: [.character("g"), .home], names: "g Home", action: .top, help: "go to the top"),
        KeyBinding(keys: [.character("G"), .end], names: "G End", action: .bottom, help: "go to the bottom"),
        KeyBinding(keys: [.right, .character("l")], names: "→ l", action: .expand, help: "expand an outlet or story"),
        KeyBinding(keys: [.left, .character("h")], names: "← h", action: .collapse, help: "collapse an outlet or story"),
        KeyBinding(keys: [.enter], names: "Enter", action: .open,
                   help: "open an article, expand an outlet, or jump to a cross-reference"),
        KeyBinding(keys: [.character("]")], names: "]", action: .nextSource,
                   help: "jump to the next source of the current claim"),
        KeyBinding(keys: [.character("[")], names: "[", action: .previousSource,
                   help: "jump to the previous source of the current claim"),
        KeyBinding(keys: [.backspace, .character("b")], names: "Backspace b", action: .back,
                   help: "go back through the jump history"),
        KeyBinding(keys: [.character("s")], names: "s", action: .toggleStories,
                   help: "switch the left pane between outlets and stories"),
        KeyBinding(keys: [.character("/")], names: "/", action: .search,
                   help: "search (the query language of `newsreader search`)"),
        KeyBinding(keys: [.character("n")], names: "n", action: .nextHit, help: "next search hit"),
        KeyBinding(keys: [.character("N")], names: "N", action: .previousHit, help: "previous search hit"),
        KeyBinding(keys: [.character("c")], names: "c", action: .claimsView,
                   help: "claims view: every claim by number of outlets"),
        KeyBinding(keys: [.character("m")], names: "m", action: .matrixView,
                   help: "coverage matrix of the current story"),
        KeyBinding(keys: [.character("?")], names: "?", action: .help, help: "this help"),
        KeyBinding(keys: [.character("q"), .escape], names: "q Esc", action: .closeOrQuit,
                   help: "close an overlay or the search hits, or quit"),
    ]

    private static let byKey: [Key: Action] = {
        var table: [Key: Action] = [:]
        for binding in bindings { for key in binding.keys { table[key] = binding.action } }
        return table
    }()

    /// The action of a key, if it has one.
    public static func action(for key: Key) -> Action? {
        byKey[key]
    }
}
