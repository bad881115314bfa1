import Dispatch
import Foundation

/// Maps an array on every core, keeping the order, and rethrows the first error (by index).
public enum ParallelMap {
    private final class Results<T>: @unchecked Sendable {
        var values: [Result<T, FormatError>?]
        let lock = NSLock()
        init(count: Int) { values = Array(repeating: nil, count: count) }
    }

    /// `transform` applied to every element, concurrently.
    public static func map<Element, T>(_ elements: [Element], _ transform: (Element) throws(FormatError) -> T) throws(FormatError) -> [T] {
        let results = Results<T>(count: elements.count)
        withoutActuallyEscaping(transform) { transform in
            let box = UncheckedBox(transform: transform, elements: elements)
            DispatchQueue.concurrentPerform(iterations: elements.count) { index in
                let result: Result<T, FormatError>
                do throws(FormatError) { result = .success(try box.transform(box.elements[index])) } catch { result = .failure(error) }
                results.lock.lock()
                results.values[index] = result
                results.lock.unlock()
            }
        }
        var output: [T] = []
        output.reserveCapacity(elements.count)
        for result in results.values {
            switch result! {
            case let .success(value): output.append(value)
            case let .failure(error): throw error
            }
        }
        return output
    }

    private struct UncheckedBox<Element, T>: @unchecked Sendable {
        let transform: (Element) throws(FormatError) -> T
        let elements: [Element]
    }
}
