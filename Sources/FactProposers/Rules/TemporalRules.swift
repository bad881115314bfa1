import FactModel

/// Dates and times of day from patterns over tokens.
enum TemporalRules {
    /// True when the token is a day of the month: `1`…`31`, `1er`, `1st`, `2nd`.
    static func isDay(_ index: Int, _ view: TokenView) -> Bool {
        guard index >= 0 && index < view.count else { return false }
        if let value = view.intValue(index) { return value >= 1 && value <= 31 && view.texts[index].count <= 2 }
        return ["1er", "1st", "2nd", "3rd"].contains(view.lower[index])
            || (view.lower[index].hasSuffix("th") && Int(view.lower[index].dropLast(2)).map { $0 >= 4 && $0 <= 31 } == true)
    }

    /// True when the token is a year: four digits between 1000 and 2100.
    static func isYear(_ index: Int, _ view: TokenView) -> Bool {
        guard let value = view.intValue(index) else { return false }
        return view.texts[index].count == 4 && value >= 1000 && value <= 2100
    }

    /// True when the token is a month name (English ones must be capitalised: `may` is a verb).
    static func isMonth(_ index: Int, _ view: TokenView) -> Bool {
        guard index >= 0 && index < view.count, TemporalWords.months.contains(view.lower[index]) else { return false }
        if view.document.language == .english { return view.capitalised[index] }
        return true
    }

    /// True when `index` is in range and joined to the token before it.
    static func follows(_ index: Int, _ view: TokenView) -> Bool { index > 0 && index < view.count && view.joined(index - 1) }

    /// Adds DATE and TIME candidates.
    static func collect(_ view: TokenView, into candidates: inout CandidateList) {
        for index in 0..<view.count {
            let lower = view.lower[index]
            collectDate(at: index, lower, view, &candidates)
            collectTime(at: index, lower, view, &candidates)
        }
    }

    // MARK: Dates

    static func collectDate(at index: Int, _ lower: String, _ view: TokenView, _ candidates: inout CandidateList) {
        // `1er novembre 2024`, `mardi 3 mars`.
        // `1 er mars`: some texts separate the ordinal suffix.
        let dayEnd = view.intValue(index) == 1 && follows(index + 1, view) && view.lower[index + 1] == "er" ? index + 2 : index + 1
        if isDay(index, view), follows(dayEnd, view), isMonth(dayEnd, view) {
            var start = index, end = dayEnd + 1
            if follows(end, view), isYear(end, view) { end += 1 }
            // `27 août dernier`.
            if follows(end, view), TemporalWords.relativeAfter.contains(view.lower[end]) { end += 1 }
            if index > 0, view.joined(index - 1), TemporalWords.weekdays.contains(view.lower[index - 1]) { start -= 1 }
            candidates.add(start, end, "DATE", 0.95, "pattern.date")
            return
        }
        if isMonth(index, view) {
            // `November 1, 2024`, `Nov. 1`.
            if follows(index + 1, view), isDay(index + 1, view) {
                var end = index + 2
                if follows(end + 1, view), view.texts[end] == ",", isYear(end + 1, view) { end += 2 }
                else if follows(end, view), isYear(end, view) { end += 1 }
                candidates.add(index, end, "DATE", 0.95, "pattern.date")
            } else if follows(index + 1, view), isYear(index + 1, view) {
                candidates.add(index, index + 2, "DATE", 0.9, "pattern.date")
            } else if view.document.language == .french && view.capitalised[index] && !view.sentenceInitial[index] {
                // French months are lower-case: a capitalised `Mars` mid-sentence is the planet.
                return
            } else if TemporalWords.datePrepositions.contains(view.lowerAt(index - 1)) || view.capitalised[index] {
                let weak = TemporalWords.ambiguousMonths.contains(lower) && !view.capitalised[index]
                candidates.add(index, index + 1, "DATE", weak ? 0.6 : 0.8, "pattern.month")
            }
            return
        }
        if TemporalWords.weekdays.contains(lower) {
            candidates.add(index, index + 1, "DATE", 0.8, "pattern.weekday")
            return
        }
        if TemporalWords.relativeDays.contains(lower) {
            candidates.add(index, index + 1, "DATE", 0.85, "pattern.relative-day")
            return
        }
        if isYear(index, view) {
            // `2015-2016`, `en 2024`, `années 1990`.
            var end = index + 1
            if end + 1 < view.count, view.texts[end] == "-", isYear(end + 1, view),
               !view.document.tokens[index].spaceAfter { end += 2 }
            let previous = view.lowerAt(index - 1)
            if previous == "années" || previous == "decade" {
                candidates.add(index - 1, end, "DATE", 0.9, "pattern.year")
            } else if view.intValue(index - 1) == nil
                        && (TemporalWords.datePrepositions.contains(previous) || !QuantityRules.followedByUnit(end, view)) {
                let score = TemporalWords.datePrepositions.contains(previous) ? 0.85 : 0.7
                candidates.add(index, end, "DATE", score, "pattern.year")
            }
            return
        }
        if TemporalWords.periodUnits.contains(lower) {
            // `six semaines`, `deux ans`, `two years`.
            let previous = index - 1
            if follows(index, view), previous >= 0,
               view.intValue(previous) != nil || (TemporalWords.numberWords[view.lower[previous]] ?? 0) >= 2 {
                candidates.add(previous, index + 1, "DATE", 0.85, "pattern.period")
            } else if follows(index + 1, view), TemporalWords.relativeAfter.contains(view.lower[index + 1]) {
                candidates.add(index, index + 2, "DATE", 0.85, "pattern.relative-period")
            } else if follows(index, view), TemporalWords.relativeBefore.contains(view.lower[previous]) {
                candidates.add(previous, index + 1, "DATE", 0.85, "pattern.relative-period")
            }
        }
    }

    // MARK: Times

    static func collectTime(at index: Int, _ lower: String, _ view: TokenView, _ candidates: inout CandidateList) {
        if TemporalWords.timesOfDay.contains(lower) {
            candidates.add(index, index + 1, "TIME", 0.8, "pattern.time-word")
            return
        }
        // `19h` as one token.
        if view.document.tokens[index].kind == .symbol, lower.hasSuffix("h"),
           let hour = Int(lower.dropLast()), hour <= 24 {
            candidates.add(index, timeZoneEnd(index + 1, view), "TIME", 0.9, "pattern.time")
            return
        }
        guard let hour = view.intValue(index), hour <= 24, view.texts[index].count <= 2 else { return }
        var end = index
        if follows(index + 1, view), TemporalWords.hourMarkers.contains(view.lower[index + 1]) {
            // `19 h 15`, `19h15`, `3 p.m.`, `14 heures 30`; but `24 heures` alone is a duration
            // unless a preposition makes it a time (`à 14 heures`).
            let marker = view.lower[index + 1]
            end = index + 2
            if marker == "h" || marker.hasPrefix("heure"), follows(end, view), let minutes = view.intValue(end), minutes < 60 {
                end += 1
            } else if marker.hasPrefix("heure") && !timePrepositions.contains(view.lowerAt(index - 1)) {
                return
            }
        } else if index + 2 < view.count, view.texts[index + 1] == ":",
                  !view.document.tokens[index].spaceAfter, !view.document.tokens[index + 1].spaceAfter,
                  let minutes = view.intValue(index + 2), minutes < 60, view.texts[index + 2].count == 2 {
            // `10:30`, `10:30 p.m.`.
            end = index + 3
            if follows(end, view), TemporalWords.hourMarkers.contains(view.lower[end]) { end += 1 }
        }
        guard end > index else { return }
        candidates.add(index, timeZoneEnd(end, view), "TIME", 0.95, "pattern.time")
    }

    /// Words before `14 heures` that make it a time of day rather than a duration.
    static let timePrepositions: Set<String> = ["à", "vers", "dès", "avant", "après", "jusqu’à", "depuis", "de", "at", "by", "until", "around"]

    /// `end`, moved past a following time zone or part of the day (`GMT`, `UTC`,
    /// `heure locale`, `du matin`).
    static func timeZoneEnd(_ end: Int, _ view: TokenView) -> Int {
        guard follows(end, view) else { return end }
        if TemporalWords.timeZones.contains(view.lower[end]) { return end + 1 }
        if end + 1 < view.count, view.joined(end) {
            let pair = view.lower[end] + " " + view.lower[end + 1]
            if ["heure locale", "heures locales", "du matin", "du soir", "heure française", "local time", "heure de paris"].contains(pair) {
                return end + 2
            }
        }
        return end
    }
}
