import Foundation

/// A value made the first time it is asked for, by whichever thread asks first, then kept. A
/// failure is kept too, so a damaged table reports the same error each time, not a crash. With
/// `Failure == Never`, asking cannot fail.
public final class OnFirstUse<Value: Sendable, Failure: Error>: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Result<Value, Failure>?
    private let make: (@Sendable () throws(Failure) -> Value)?

    /// A value made already.
    public init(_ value: Value) {
        made = .success(value)
        make = nil
    }

    /// A value `make` makes when it is first asked for.
    public init(make: @escaping @Sendable () throws(Failure) -> Value) {
        self.make = make
    }

    public func value() throws(Failure) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let made { return try made.get() }
        let result = Result { () throws(Failure) -> Value in try make!() }
        made = result
        return try result.get()
    }
}
