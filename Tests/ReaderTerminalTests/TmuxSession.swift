import Foundation
import Glibc
import Testing

/// One tmux server running one command in a detached session, for end-to-end tests.
///
/// Each session has its own server (`-L`) and no configuration; `remain-on-exit` keeps the pane
/// after the program ends, so the screen and `#{alternate_on}` can still be read.
final class TmuxSession {
    static let isAvailable = Spawn.exists("tmux")

    let socket: String
    /// Where the shell writes the command's exit status.
    private let statusFile: String
    /// The server's socket file, which `kill-server` leaves behind.
    private var socketPath = ""
    private var killed = false

    /// Starts `command` (a shell command line) in a pane of `width` × `height`. The shell ignores
    /// Ctrl-C (the command does not) and records the command's exit status.
    init(_ command: String, width: Int = 160, height: Int = 50) throws {
        let name = "nrtest-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        socket = name
        statusFile = NSTemporaryDirectory() + name + ".status"
        let started = tmux([
            "start-server", ";", "set-option", "-g", "remain-on-exit", "on", ";",
            "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
            "trap : INT; \(command); echo $? > '\(statusFile)'",
        ])
        guard started.status == 0 else {
            throw TmuxError.failed("tmux new-session: \(started.output)")
        }
        socketPath = display("#{socket_path}")
    }

    deinit { kill() }

    /// Runs a tmux command on this session's server.
    @discardableResult
    func tmux(_ arguments: [String]) -> Spawn.Result {
        Spawn.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments)
    }

    /// The pane's text as `capture-pane -p` shows it.
    func screen() -> String {
        tmux(["capture-pane", "-p"]).output
    }

    /// A tmux format, e.g. `#{alternate_on}`, for the pane.
    func display(_ format: String) -> String {
        tmux(["display-message", "-p", format]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Sends keys as `send-keys` names them ("Tab", "BTab", "Enter", "BSpace", "Up", "q").
    func send(_ keys: String...) {
        tmux(["send-keys"] + keys)
    }

    /// Types text literally.
    func type(_ text: String) {
        tmux(["send-keys", "-l", text])
    }

    /// Sends a mouse report as xterm's SGR mode encodes it (what ncurses asks xterm-256color
    /// for): `button` 0 is the left button, 64 and 65 the wheel; `row` and `column` are 0-based.
    func mouse(button: Int, row: Int, column: Int, release: Bool = false) {
        type("\u{1B}[<\(button);\(column + 1);\(row + 1)" + (release ? "m" : "M"))
    }

    func resize(width: Int, height: Int) {
        tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The pid of the program the pane's shell started.
    func programPID() -> pid_t? {
        let shell = display("#{pane_pid}")
        let children = Spawn.run(["pgrep", "-P", shell]).output
        return children.split(separator: "\n").first.flatMap { pid_t($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// Polls the screen every 50 ms until `condition` holds on a settled screen (the same on two
    /// captures in a row, so not a frame caught half drawn), and returns it. On timeout, records
    /// an issue showing the whole screen and throws.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 20, recordingTimeout: Bool = true,
                 sourceLocation: SourceLocation = #_sourceLocation, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var text = screen()
        while true {
            if condition(text) {
                usleep(60_000)
                let again = screen()
                if again == text { return text }
                text = again
                continue
            }
            guard Date() < deadline else {
                guard recordingTimeout else { throw TmuxError.timeout(what) }
                Issue.record("timed out waiting for \(what); the screen was:\n\(text)", sourceLocation: sourceLocation)
                throw TmuxError.timeout(what)
            }
            usleep(50_000)
            text = screen()
        }
    }

    /// The screen once it has stopped changing.
    func settledScreen() -> String {
        (try? waitFor("a settled screen", timeout: 5, recordingTimeout: false) { _ in true }) ?? screen()
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 20, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitFor("\"\(text)\"", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Waits until the command has ended and returns its exit status.
    func waitForExit(timeout: Double = 20, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        try waitFor("the end of the program", timeout: timeout, sourceLocation: sourceLocation) { _ in
            display("#{pane_dead}") == "1"
        }
        guard let text = try? String(contentsOfFile: statusFile, encoding: .utf8), let status = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            Issue.record("the shell recorded no exit status; the screen was:\n\(screen())", sourceLocation: sourceLocation)
            throw TmuxError.failed("no exit status")
        }
        return status
    }

    func kill() {
        guard !killed else { return }
        killed = true
        tmux(["kill-server"])
        unlink(statusFile)
        if !socketPath.isEmpty { unlink(socketPath) }
    }
}

enum TmuxError: Error {
    case failed(String)
    case timeout(String)
}
