import Foundation
import Testing
@testable import FactModel

// Session timestamps are written and read without Foundation's calendar (see `UTCTimestamp`);
// Foundation's ISO 8601 style is the oracle they must match, byte for byte and second for second.

/// Foundation's reading of a timestamp, as `SessionFile` did before `UTCTimestamp`.
private func foundationDate(_ whole: String) -> Int64? {
    (try? Date.ISO8601FormatStyle().parse(whole + "Z")).map { Int64($0.timeIntervalSince1970) }
}

@Test func timestampsAreWrittenAsFoundationWritesThem() {
    // Whole seconds spread over 1583…9999, the edges of the fast path, leap days and month ends.
    var seconds: [Int64] = [UTCTimestamp.earliest, UTCTimestamp.earliest - 1, UTCTimestamp.pastLatest - 1, UTCTimestamp.pastLatest,
                            0, -1, 951_782_400, 951_868_799, 4_107_542_400, 1_764_058_502, -12_219_292_800, -62_135_596_800]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20_000 { seconds.append(Int64.random(in: -13_000_000_000...260_000_000_000, using: &generator)) }
    for value in seconds {
        for milliseconds in [0, 7, 999] as [Int64] {
            let date = Date(timeIntervalSince1970: Double(value * 1000 + milliseconds) / 1000)
            let expected = String(Date(timeIntervalSince1970: Double(value)).formatted(Date.ISO8601FormatStyle()).dropLast())
                + "." + String(format: "%03d", Int(milliseconds)) + "Z"
            #expect(SessionFile.timestamp(date) == expected, "\(value)")
            if SessionFile.timestamp(date) != expected { return }
        }
    }
}

@Test func timestampsAreReadAsFoundationReadsThem() {
    var texts: [String] = []
    for year in ["1582", "1583", "2000", "2024", "2025", "2100", "9999"] {
        for month in ["00", "01", "02", "12", "13"] {
            for day in ["00", "01", "28", "29", "30", "31", "32"] {
                for time in ["00:00:00", "23:59:59", "24:00:00", "24:30:00", "23:59:60", "23:60:00", "25:00:00", "12:00:61"] {
                    texts.append("\(year)-\(month)-\(day)T\(time)")
                }
            }
        }
    }
    texts += ["2025-1-5T08:15:02", "12025-11-25T08:15:02", "0000-01-01T00:00:00", "2025-11-25 08:15:02", "20251125T081502",
              "2025-11-25T08:15", "2025-11-25t08:15:02", "２０２５-11-25T08:15:02", "2025-11-25T08:15:0٣", ""]
    for text in texts {
        #expect(SessionFile.date(fromTimestamp: text + "Z").map { Int64($0.timeIntervalSince1970) } == foundationDate(text), "\(text)")
    }
    #expect(SessionFile.date(fromTimestamp: "Z") == nil)
    #expect(SessionFile.date(fromTimestamp: ".5Z") == nil)
    #expect(SessionFile.date(fromTimestamp: "2025-11-25T08:15:02.5Z") == Date(timeIntervalSince1970: 1_764_058_502.5))
    #expect(SessionFile.date(fromTimestamp: "2025-11-25T08:15:02.12345Z") == Date(timeIntervalSince1970: 1_764_058_502.123))
    #expect(SessionFile.date(fromTimestamp: "2025-11-25T08:15:02.1x3Z") == nil)
}
