import Foundation

/// Cuts a stream of bytes into numbered lines, holding only the line being read and the complete
/// lines not yet taken. A line longer than the limit is dropped as it grows, and reported.
struct LineSplitter {
    let longestLine: Int
    let path: String
    /// The complete lines not yet taken, and their bytes in all.
    private(set) var complete: [JSONLFormat.Line] = []
    private(set) var completeBytes = 0
    private(set) var problems: [IngestProblem] = []
    /// The offset of a NUL in the first line, which marks a binary file.
    private(set) var nulInFirstLine: Int?
    /// The number of the line being read; every line before it is complete.
    private(set) var lineNumber = 1
    private var current: [UInt8] = []
    private var overlong = false

    init(longestLine: Int, path: String) {
        self.longestLine = longestLine
        self.path = path
    }

    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>) {
        guard let base = chunk.baseAddress else { return }
        var start = 0
        while start < chunk.count {
            let end = LineSplitter.find(0x0A, base + start, chunk.count - start).map { start + $0 }
            let piece = UnsafeBufferPointer(start: base + start, count: (end ?? chunk.count) - start)
            if lineNumber == 1, nulInFirstLine == nil, let nul = LineSplitter.find(0, base + start, piece.count) {
                nulInFirstLine = current.count + nul
            }
            if !overlong {
                if current.count + piece.count > longestLine {
                    overlong = true
                    current = []
                } else {
                    current.append(contentsOf: piece)
                }
            }
            guard let end else { return }
            endLine()
            start = end + 1
        }
    }

    /// The offset of the first `byte` in `count` bytes from `start` (memchr: gigabytes go by fast).
    private static func find(_ byte: UInt8, _ start: UnsafePointer<UInt8>, _ count: Int) -> Int? {
        memchr(start, Int32(byte), count).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - start }
    }

    /// Ends the input: a last line without a line feed is complete.
    mutating func finish() {
        if !current.isEmpty || overlong { endLine() }
    }

    /// The complete lines so far, handed over and forgotten.
    mutating func take() -> [JSONLFormat.Line] {
        defer {
            complete = []
            completeBytes = 0
        }
        return complete
    }

    private mutating func endLine() {
        if overlong {
            problems.append(.lineTooLong(path, line: lineNumber, limit: longestLine))
        } else {
            complete.append(JSONLFormat.Line(number: lineNumber, bytes: current[...]))
            completeBytes += current.count
        }
        current = []
        overlong = false
        lineNumber += 1
    }
}
