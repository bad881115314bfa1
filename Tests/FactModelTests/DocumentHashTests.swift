import Testing
@testable import FactModel

// The article hash: libcrypto's SHA-256 over the text's UTF-8, hashed in place.

@Test func articleHashesAreTheSHA256OfTheirUTF8() {
    #expect(Document.hash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(Document.hash(String(repeating: "a", count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    #expect(Document.hash("Zoé 😊 — «Moscou»") == "70befda3f81bebcdc85b8b835046a16d161674e33404945c7026dfb5fccc43e5")
    // A string that is a slice of a larger one hashes as the same text on its own.
    let long = "xx" + "Zoé 😊 — «Moscou»" + "yy"
    #expect(Document.hash(String(long.dropFirst(2).dropLast(2))) == "70befda3f81bebcdc85b8b835046a16d161674e33404945c7026dfb5fccc43e5")
}
