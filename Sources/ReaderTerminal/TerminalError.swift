/// Why the terminal could not be opened, as one line a person can act on.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file).
    case notATerminal(stream: String)
    /// TERM is unset or empty.
    case termNotSet
    /// The terminfo database does not know TERM.
    case unknownTerm(String)

    public var description: String {
        switch self {
        case .notATerminal(let stream):
            "\(stream) is not a terminal; the reader needs one"
        case .termNotSet:
            "TERM is not set; set it to your terminal's type, e.g. TERM=xterm-256color"
        case .unknownTerm(let name):
            "unknown terminal type TERM='\(name)'; try TERM=xterm-256color"
        }
    }
}
