import Testing
@testable import ReaderUI

@Suite("Key table")
struct KeyTableTests {
    @Test func everyActionHasAKeyAndNoKeyHasTwoActions() {
        let bound = Set(KeyTable.bindings.map(\.action))
        #expect(bound == Set(Action.allCases))
        var seen: [Key: Action] = [:]
        for binding in KeyTable.bindings {
            for key in binding.keys {
                #expect(seen[key] == nil, "\(key) is bound twice")
                seen[key] = binding.action
            }
        }
        #expect(KeyTable.action(for: .character("/")) == .search)
        #expect(KeyTable.action(for: .character("x")) == nil)
    }
}
