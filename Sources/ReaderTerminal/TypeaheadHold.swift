import Glibc

/// The terminal settings `TypeaheadHold` puts back, the descriptor they belong to (-1 when
/// nothing is held), and the signal actions in place before the hold.
nonisolated(unsafe) private let heldSettings = signalSafeCells(termios())
nonisolated(unsafe) private let heldDescriptor = signalSafeCells(Int32(-1))
nonisolated(unsafe) private let actionsBeforeHold = signalSafeCells(sigaction(), count: Int(NSIG))

/// Puts the held settings back, then lets the action that was there before handle the signal.
private func releaseAndRaise(_ signal: Int32) {
    let descriptor = heldDescriptor.pointee
    if descriptor >= 0 { _ = tcsetattr(descriptor, TCSANOW, heldSettings) }
    _ = sigaction(signal, actionsBeforeHold + Int(signal), nil)
    _ = raise(signal)
}

/// Keeps keys typed while the reader loads (an index build can take a minute) off the screen.
///
/// Between `begin` and `end` the terminal does not echo, so an arrow key does not print `^[[B`
/// through the progress bar; `end` puts the settings back and drops what was typed, so keys
/// pressed blind do not move the reader once it opens. A quit or crash signal in between puts
/// the settings back before the process ends. Call both from one thread, before curses starts.
public enum TypeaheadHold {
    static let signals: [Int32] = SignalTraps.quitSignals + [SIGQUIT] + SignalTraps.crashSignals

    /// Turns echo off on `descriptor` if it is a terminal; returns whether it did.
    @discardableResult
    public static func begin(_ descriptor: Int32 = STDIN_FILENO) -> Bool {
        guard heldDescriptor.pointee < 0, isatty(descriptor) == 1 else { return false }
        var settings = termios()
        guard tcgetattr(descriptor, &settings) == 0 else { return false }
        heldSettings.pointee = settings
        heldDescriptor.pointee = descriptor
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = releaseAndRaise
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            _ = sigaction(signal, &action, actionsBeforeHold + Int(signal))
        }
        settings.c_lflag &= ~tcflag_t(ECHO | ECHONL)
        guard tcsetattr(descriptor, TCSANOW, &settings) == 0 else {
            end(discardingTypeahead: false)
            return false
        }
        return true
    }

    /// Puts the settings back and, unless told otherwise, drops the input typed since `begin`.
    public static func end(discardingTypeahead: Bool = true) {
        let descriptor = heldDescriptor.pointee
        guard descriptor >= 0 else { return }
        _ = tcsetattr(descriptor, discardingTypeahead ? TCSAFLUSH : TCSANOW, heldSettings)
        heldDescriptor.pointee = -1
        for signal in signals { _ = sigaction(signal, actionsBeforeHold + Int(signal), nil) }
    }
}
