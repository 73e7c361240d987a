import Glibc

/// Storage a signal handler may read and write: allocated once and never freed, so the handler
/// touches no Swift runtime state.
func signalSafeCells<Value>(_ value: Value, count: Int = 1) -> UnsafeMutablePointer<Value> {
    let pointer = UnsafeMutablePointer<Value>.allocate(capacity: count)
    pointer.initialize(repeating: value, count: count)
    return pointer
}

/// The quit signal that arrived last (SIGINT, SIGTERM or SIGHUP), 0 when none. Written only by
/// `quitHandler`.
nonisolated(unsafe) private let pendingQuitSignal = signalSafeCells(Int32(0))

/// The actions in place before ours, by signal number, so they can be put back.
nonisolated(unsafe) private let previousActions = signalSafeCells(sigaction(), count: Int(NSIG))

private func quitHandler(_ signal: Int32) {
    pendingQuitSignal.pointee = signal
}

/// Puts the terminal back in a usable state with one `write`, then lets the previous action
/// (the default, or Swift's crash reporter) handle the signal.
private func crashHandler(_ signal: Int32) {
    let restore: StaticString =
        "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"
    _ = write(1, restore.utf8Start, restore.utf8CodeUnitCount)
    _ = sigaction(signal, previousActions + Int(signal), nil)
    _ = raise(signal)
}

/// The signal handlers installed while curses owns the terminal.
///
/// Quit signals only set a flag that the event loop reads, so the caller shuts curses down in
/// order. Crash signals (a Swift trap is SIGILL or SIGTRAP) restore the terminal by hand first.
@MainActor
enum SignalTraps {
    nonisolated static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    nonisolated static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    private static var installed = false

    /// Installs the handlers. Call before `newterm`: ncurses then leaves SIGINT and SIGTERM alone.
    static func install() {
        guard !installed else { return }
        installed = true
        pendingQuitSignal.pointee = 0
        for signal in quitSignals { set(signal, handler: quitHandler) }
        for signal in crashSignals { set(signal, handler: crashHandler) }
    }

    /// Puts back the actions that were in place before `install`.
    static func restore() {
        guard installed else { return }
        installed = false
        for signal in quitSignals + crashSignals {
            _ = sigaction(signal, previousActions + Int(signal), nil)
        }
    }

    static var hasPending: Bool { pendingQuitSignal.pointee != 0 }

    /// The quit signal received since the last call, if any.
    static func takePending() -> Int32? {
        let signal = pendingQuitSignal.pointee
        guard signal != 0 else { return nil }
        pendingQuitSignal.pointee = 0
        return signal
    }

    private static func set(_ signal: Int32, handler: @escaping @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        // No SA_RESTART: a quit signal interrupts the blocking read at once.
        action.sa_flags = 0
        _ = sigaction(signal, &action, previousActions + Int(signal))
    }
}
