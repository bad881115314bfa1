import FactModel

/// Numbered events (`COP21`, `Euro 2016`) and product models (`Boeing 737`, `iPhone 15`).
enum EventProductRules {
    /// Adds EVENT and PRODUCT candidates.
    static func collect(_ view: TokenView, into candidates: inout CandidateList) {
        for index in 0..<view.count {
            let text = view.texts[index]
            // `COP21` as one token.
            if view.document.tokens[index].kind == .symbol,
               let prefix = EventsAndProducts.numberedEventPrefixes.first(where: { text.hasPrefix($0) }),
               text.dropFirst(prefix.count).allSatisfy(\.isNumber) {
                candidates.add(index, index + 1, "EVENT", 0.86, "event.numbered")
                continue
            }
            let next = index + 1
            guard next < view.count, view.joined(index) else { continue }
            let nextKind = view.document.tokens[next].kind
            // `COP 28`, `Euro 2016`.
            if EventsAndProducts.numberedEventPrefixes.contains(text), nextKind == .number {
                candidates.add(index, next + 1, "EVENT", 0.86, "event.numbered")
                continue
            }
            // `Boeing 737`, `Airbus A320`, `iPhone 15`, `Peugeot 307`.
            if EventsAndProducts.brands.contains(text),
               nextKind == .number || (nextKind == .symbol && view.capitalised[next]) {
                var end = next + 1
                // `iPhone 15 Pro`, `Boeing 737 MAX`.
                if end < view.count, view.joined(end - 1), view.capitalised[end],
                   ["Pro", "Max", "MAX", "Plus", "Mini", "Ultra"].contains(view.texts[end]) { end += 1 }
                candidates.add(index, end, "PRODUCT", 0.93, "product.model")
            }
        }
    }
}
