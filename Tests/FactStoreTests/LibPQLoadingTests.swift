import Foundation
import Testing
@testable import FactStore

// libpq is opened with dlopen when the team store connects (see `LibPQ`), not linked.

@Test func aMissingLibpqIsOneLineNamingIt() {
    guard case let .failure(error) = LibPQ.load(names: ["libfactline-no-such-libpq.so.5"]) else {
        Issue.record("a library that does not exist loaded")
        return
    }
    #expect(error.description.contains("libpq") && error.description.contains("libfactline-no-such-libpq.so.5"))
    #expect(!error.description.contains("\n"))
}

#if os(Linux)
@Test func aLibraryWithoutLibpqsEntryPointsIsRefused() {
    // libc loads but has no PQconnectdb: the message names what is missing.
    guard case let .failure(error) = LibPQ.load(names: ["libc.so.6"]) else {
        Issue.record("libc was taken for libpq")
        return
    }
    #expect(error.description.contains("lacks PQconnectdb"))
}
#endif

@Test func theInstalledLibpqHasEveryEntryPoint() {
    // Where libpq is installed (CI installs it for the team-store tests), all fourteen symbols resolve.
    let paths = ["/usr/lib/x86_64-linux-gnu/libpq.so.5", "/usr/lib/aarch64-linux-gnu/libpq.so.5", "/usr/lib64/libpq.so.5"]
    guard let installed = paths.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
        print("skipped: libpq.so.5 is not installed")
        return
    }
    if case let .failure(error) = LibPQ.load(names: [installed]) { Issue.record("\(error)") }
}
