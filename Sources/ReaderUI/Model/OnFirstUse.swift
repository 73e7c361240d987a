import Foundation

/// A value made the first time it is asked for, by whichever thread asks first, then kept. A
/// failure is kept too, so a damaged table reports the same error each time, not a crash.
final class OnFirstUse<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Result<Value, any Error>?
    private let make: @Sendable () throws -> Value

    init(_ make: @escaping @Sendable () throws -> Value) {
        self.make = make
    }

    func value() throws -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let made { return try made.get() }
        let result = Result(catching: make)
        made = result
        return try result.get()
    }
}
