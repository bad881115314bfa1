import Testing
import Glibc
@testable import LineEditing

/// What one TAB press does for a word and its candidates.
@Test func tabInsertsTheCommonPrefixOrBeepsThenLists() {
    let w = ["accept", "add", "annotate", "help", "quit", "PER", "LOC"]
    #expect(CompletionPlan.make(word: "acc", candidates: w, repeated: false) == .insert("ept "))
    #expect(CompletionPlan.make(word: "a", candidates: w, repeated: false) == .beep)
    #expect(CompletionPlan.make(word: "a", candidates: w, repeated: true) == .list(["accept", "add", "annotate"]))
    #expect(CompletionPlan.make(word: "an", candidates: w, repeated: false) == .insert("notate "))
    #expect(CompletionPlan.make(word: "z", candidates: w, repeated: true) == .beep)
    #expect(CompletionPlan.make(word: "", candidates: ["PER", "PERSON"], repeated: false) == .insert("PER"))
    #expect(CompletionPlan.make(word: "최", candidates: ["최선희", "최선", "x"], repeated: false) == .insert("선"))
    #expect(CompletionPlan.make(word: "é", candidates: ["e\u{301}x"], repeated: false) == .beep) // byte-exact, no canonical equivalence
    #expect(CompletionPlan.make(word: "", candidates: ["a", "a"], repeated: false) == .insert("a "))
}

/// How an ambiguous completion is listed: columns sized by display width, wide Hangul included.
@Test func ambiguousCompletionsAreListedInColumns() {
    setlocale(LC_CTYPE, "C.UTF-8")
    #expect(completionListing(["accept", "add", "annotate"], width: 100) == "accept    add       annotate\r\n")
    #expect(completionListing(["aa", "bb", "cc"], width: 8) == "aa  cc\r\nbb\r\n")
    #expect(displayWidth("최선희") == 6)
    #expect(displayWidth("Gaëlle") == 6)
    #expect(completionListing(["x"], width: 0) == "x\r\n")
}
