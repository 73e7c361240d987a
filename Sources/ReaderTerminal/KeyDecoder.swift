import CNCursesw
import ReaderUI

/// Turns what `wget_wch` and `getmouse` report into reader keys and mouse events. Pure, so it is
/// tested without a terminal.
enum KeyDecoder {
    /// A key code (`wget_wch` returned `KEY_CODE_YES`), or nil for keys the reader does not use.
    static func key(code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_ENTER: .enter
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case KEY_BTAB: .backTab
        default: nil
        }
    }

    /// A character (`wget_wch` returned `OK`), or nil for controls and values that are no key.
    static func key(character value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 0..<32, 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A mouse report: button 1 pressed or clicked is a click, buttons 4 and 5 are the wheel.
    static func mouse(buttons: mmask_t, row: Int, column: Int) -> MouseEvent? {
        let kind: MouseEvent.Kind
        if buttons & (nr_BUTTON1_CLICKED() | nr_BUTTON1_PRESSED()) != 0 {
            kind = .click
        } else if buttons & nr_BUTTON4_PRESSED() != 0 {
            kind = .wheelUp
        } else if buttons & nr_BUTTON5_PRESSED() != 0 {
            kind = .wheelDown
        } else {
            return nil
        }
        return MouseEvent(kind, row: row, column: column)
    }
}
