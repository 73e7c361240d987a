import Foundation
import NewsCore

/// Why the command's output could not be written. The command ends with exit code 4.
enum OutputError: Error, CustomStringConvertible {
    /// The reader of the pipe went away (EPIPE, with SIGPIPE ignored).
    case closedPipe
    /// Any other failure of write(2): a full disk (ENOSPC), a closed stdout (EBADF), …
    case failed(errno: Int32)

    var description: String {
        switch self {
        case .closedPipe:
            return "newsreader: cannot write the output: the pipe was closed"
        case .failed(let code):
            if code == EBADF { return "newsreader: cannot write the output: standard output is closed" }
            return "newsreader: cannot write the output: \(String(cString: strerror(code)))"
        }
    }
}

/// A file descriptor written with write(2): short writes are completed, EINTR is retried, and any
/// other failure is a typed error instead of a trap.
struct DescriptorWriter: Sendable {
    let descriptor: Int32

    func write(_ text: String) throws(OutputError) {
        var text = text
        let failure = text.withUTF8 { bytes in Result { () throws(OutputError) in try write(bytes) } }
        try failure.get()
    }

    func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(OutputError) {
        guard var next = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = Foundation.write(descriptor, next, left)
            if written < 0 {
                let code = errno
                if code == EINTR { continue }
                throw code == EPIPE ? .closedPipe : .failed(errno: code)
            }
            left -= written
            next += written
        }
    }

    func write(_ data: Data) throws(OutputError) {
        let failure = data.withUnsafeBytes { raw in
            Result { () throws(OutputError) in try write(raw.bindMemory(to: UInt8.self)) }
        }
        try failure.get()
    }
}

/// Everything the commands print to stdout.
///
/// Text passes through `TerminalText.visible` line by line, so no control character, escape
/// sequence or bidi override from the data reaches a terminal. JSON stays exact: `JSONEncoder`
/// escapes C0 controls, and DEL, C1 controls and bidi overrides, which it leaves raw, are written
/// as `\uXXXX` escapes too, so a JSON reader gets the same strings and a terminal sees no control.
enum CommandOutput {
    static let standardOutput = DescriptorWriter(descriptor: STDOUT_FILENO)

    /// Writes `text`, each line made visible; line breaks are kept.
    static func text(_ text: String) throws(OutputError) {
        try standardOutput.write(visibleLines(text))
    }

    /// Writes text that is already safe, such as lines made visible before emphasis was added.
    static func trusted(_ text: String) throws(OutputError) {
        try standardOutput.write(text)
    }

    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let encoded = String(decoding: try encoder.encode(value), as: UTF8.self)
        try standardOutput.write(escapingUnsafe(encoded) + "\n")
    }

    /// JSON text with every scalar a terminal would obey written as a `\uXXXX` escape. Such scalars
    /// only occur inside strings, where the escape means the same character.
    static func escapingUnsafe(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: TerminalText.isUnsafe) else { return json }
        var out = ""
        out.reserveCapacity(json.utf8.count + 64)
        for scalar in json.unicodeScalars {
            if TerminalText.isUnsafe(scalar) {
                out += String(format: "\\u%04x", scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` with every line passed through `TerminalText.visible`, the `\n` between them kept.
    static func visibleLines(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 != "\n" && TerminalText.isUnsafe($0) }) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TerminalText.visible(String($0)) }.joined(separator: "\n")
    }

    /// Makes sure descriptors 0, 1 and 2 are open, so that a file the command opens never takes the
    /// place of a closed stdout or stderr. A closed stdout or stderr is held by a read-only
    /// `/dev/null`: writing to it fails with EBADF and is reported as such.
    static func reserveStandardDescriptors() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            let opened = open("/dev/null", O_RDONLY)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
    }
}

/// Messages to stderr, each line made visible. A stderr that cannot be written is ignored: there is
/// nowhere left to report it.
enum Diagnostics {
    static let standardError = DescriptorWriter(descriptor: STDERR_FILENO)

    static func print(_ message: String) {
        try? standardError.write(CommandOutput.visibleLines(message) + "\n")
    }

    /// Writes text that is already safe (the progress line's own escape sequences).
    static func trusted(_ text: String) {
        try? standardError.write(text)
    }
}

extension String {
    /// This string as it may be shown on a terminal: see `TerminalText.visible`. A line break
    /// inside a value shows as `␊`, so one value stays on one line.
    var visible: String { TerminalText.visible(self) }
}
