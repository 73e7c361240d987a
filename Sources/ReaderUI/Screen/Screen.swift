/// Where frames are shown: a terminal (ReaderTerminal's curses backend) or memory (tests).
@MainActor
public protocol Screen: AnyObject {
    /// The size in cells, as the screen knows it now.
    var width: Int { get }
    var height: Int { get }
    /// Shows a whole frame. The frame's size is the screen's at the time it was rendered.
    func draw(_ frame: Frame)
}

/// A screen in memory, for tests and benchmarks: it keeps the last frame drawn.
@MainActor
public final class MemoryScreen: Screen {
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var frame: Frame
    public private(set) var drawCount = 0

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        frame = Frame(width: width, height: height)
    }

    public func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public func draw(_ frame: Frame) {
        self.frame = frame
        drawCount += 1
    }

    /// The last frame as text.
    public var text: String { frame.text }
}
