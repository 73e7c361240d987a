import CNCursesw
import Glibc
import ReaderUI

/// The curses backend: shows frames on the terminal and reads keys, mouse events and resizes.
///
/// Open it with `open()`, and call `shutdown()` from a `defer` so the terminal is restored on
/// every way out. Quit signals end `nextEvent()`; `receivedSignal` then tells which one arrived.
@MainActor
public final class Terminal: Screen {
    /// Problems the caller should show once the reader runs, such as a non-UTF-8 locale.
    public let warnings: [String]
    /// The SIGINT, SIGTERM or SIGHUP that ended `nextEvent()`, if any.
    public private(set) var receivedSignal: Int32?

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let colors: CursesColors
    private var isOpen = true

    /// Milliseconds `nextEvent` waits in one read before it looks at signals again.
    private static let pollInterval: Int32 = 200

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, colors: CursesColors, warnings: [String]) {
        self.screen = screen
        self.window = window
        self.colors = colors
        self.warnings = warnings
    }

    /// Takes over the terminal on standard input and output.
    public static func open() throws(TerminalError) -> Terminal {
        _ = setlocale(LC_ALL, "")
        guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal(stream: "standard input") }
        guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal(stream: "standard output") }
        guard let term = LocaleCheck.environment("TERM"), !term.isEmpty else { throw .termNotSet }
        let warnings = [LocaleCheck.currentWarning()].compactMap { $0 }

        SignalTraps.install()
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
              let screen = newterm(nil, output, input), let window = nr_stdscr()
        else {
            SignalTraps.restore()
            throw .unknownTerm(term)
        }
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = keypad(window, true)
        _ = scrollok(window, false)
        _ = leaveok(window, true)
        _ = curs_set(0)
        _ = set_escdelay(25)
        wtimeout(window, pollInterval)
        _ = mouseinterval(0)
        _ = mousemask(nr_BUTTON1_CLICKED() | nr_BUTTON1_PRESSED() | nr_BUTTON1_RELEASED()
                      | nr_BUTTON4_PRESSED() | nr_BUTTON5_PRESSED(), nil)
        let colors = CursesColors.start(noColor: LocaleCheck.environment("NO_COLOR"))
        return Terminal(screen: screen, window: window, colors: colors, warnings: warnings)
    }

    public var width: Int { isOpen ? Int(getmaxx(window)) : 0 }
    public var height: Int { isOpen ? Int(getmaxy(window)) : 0 }

    /// Draws the whole frame; curses sends only what changed since the last one.
    public func draw(_ frame: Frame) {
        guard isOpen else { return }
        _ = werase(window)
        let rows = min(frame.height, height), columns = min(frame.width, width)
        var run: [wchar_t] = []
        run.reserveCapacity(columns)
        for row in 0..<rows {
            var runStart = 0
            var runStyle = Style.plain
            for column in 0..<columns {
                let cell = frame[row, column]
                let scalars = cell.text.unicodeScalars
                let isSimple = scalars.count == 1 && scalars.first!.isASCII
                if !run.isEmpty && (!isSimple || cell.style != runStyle) {
                    put(run, row: row, column: runStart, style: runStyle)
                    run.removeAll(keepingCapacity: true)
                }
                if cell.text.isEmpty { continue }
                if isSimple {
                    if run.isEmpty {
                        runStart = column
                        runStyle = cell.style
                    }
                    run.append(wchar_t(scalars.first!.value))
                } else {
                    // Each wide or combined cell goes to its own column, so a width the terminal
                    // counts differently cannot shift the rest of the row.
                    put(scalars.map { wchar_t(bitPattern: $0.value) }, row: row, column: column, style: cell.style)
                }
            }
            if !run.isEmpty {
                put(run, row: row, column: runStart, style: runStyle)
                run.removeAll(keepingCapacity: true)
            }
        }
        _ = wattr_set(window, nr_A_NORMAL(), 0, nil)
        _ = wrefresh(window)
    }

    /// Writes text at a cell. The bottom-right cell returns ERR (the cursor cannot move past it)
    /// without scrolling; that is expected.
    private func put(_ text: [wchar_t], row: Int, column: Int, style: Style) {
        _ = wattr_set(window, CursesColors.attributes(for: style.attributes), colors.pair(for: style.tone), nil)
        _ = text.withUnsafeBufferPointer {
            mvwaddnwstr(window, Int32(row), Int32(column), $0.baseAddress, Int32($0.count))
        }
    }

    /// Waits for the next event. Nil when a quit signal arrived (see `receivedSignal`) or input
    /// has ended because the terminal went away.
    public func nextEvent() -> ReaderEvent? {
        var quickFailures = 0
        while isOpen {
            if let signal = SignalTraps.takePending() {
                receivedSignal = signal
                return nil
            }
            var value: wint_t = 0
            let started = Self.milliseconds()
            let status = wget_wch(window, &value)
            if status == KEY_CODE_YES {
                quickFailures = 0
                if let event = event(code: Int32(value)) { return event }
            } else if status == OK {
                quickFailures = 0
                if let key = KeyDecoder.key(character: UInt32(value)) { return .key(key) }
            } else if Self.milliseconds() - started < Int64(Self.pollInterval) / 2 {
                // ERR before the timeout: a signal, or a terminal that is gone (ERR for ever).
                if SignalTraps.hasPending { continue }
                quickFailures += 1
                if Self.inputHasEnded() || quickFailures >= 10 { return nil }
                _ = usleep(20_000)
            } else {
                quickFailures = 0
            }
        }
        return nil
    }

    private func event(code: Int32) -> ReaderEvent? {
        switch code {
        case KEY_RESIZE:
            return .resize(width: width, height: height)
        case KEY_MOUSE:
            var report = MEVENT()
            guard getmouse(&report) == OK else { return nil }
            return KeyDecoder.mouse(buttons: report.bstate, row: Int(report.y), column: Int(report.x)).map { .mouse($0) }
        default:
            return KeyDecoder.key(code: code).map { .key($0) }
        }
    }

    /// Gives the terminal back: leaves curses and restores the signal handlers. Safe to call twice.
    public func shutdown() {
        guard isOpen else { return }
        isOpen = false
        _ = endwin()
        delscreen(screen)
        _ = fflush(nil)
        SignalTraps.restore()
        if receivedSignal == nil { receivedSignal = SignalTraps.takePending() }
    }

    private static func inputHasEnded() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return errno != EINTR }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    private static func milliseconds() -> Int64 {
        var now = timespec()
        _ = clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }
}
