// swift-tools-version:6.0
import PackageDescription

/// factline: annotate entity mentions and claims in news articles from a libedit shell.
///
/// Data flows one way: CCrypto ← FactModel ← FactText ← FactFormats ← FactProposers (which trains from
/// the corpora FactFormats reads); FactFormats ← FactReplay;
/// CEditLine ← LineEditing; FactStore (the team store, over FactFormats; it opens libpq with dlopen
/// when a store is used, so libpq is not linked); FactShell uses all of them; the `factline` executable is the only
/// place that parses arguments, prints errors and exits.
let package = Package(
    name: "factline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "factline", targets: ["factline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]
        ),
        .target(name: "FactModel", dependencies: ["CCrypto"]),
        .target(name: "FactText", dependencies: ["FactModel"]),
        .target(name: "FactProposers", dependencies: ["FactModel", "FactText", "FactFormats"],
                resources: [.copy("Resources/claim-tagger-en.flc"), .copy("Resources/NOTICE.md"), .copy("Resources/fr-news.flm"), .copy("Resources/en-wiki.flm")]),
        .target(name: "FactFormats", dependencies: ["FactModel", "FactText"]),
        .target(name: "FactReplay", dependencies: ["FactModel", "FactFormats"]),
        .target(name: "LineEditing", dependencies: ["CEditLine"]),
        .target(name: "FactStore", dependencies: ["FactModel", "FactText", "FactFormats"]),
        .target(
            name: "FactShell",
            dependencies: ["FactModel", "FactText", "FactProposers", "FactFormats", "FactReplay", "LineEditing", "FactStore"]
        ),
        .executableTarget(
            name: "factline",
            dependencies: ["FactShell", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "FactModelTests", dependencies: ["FactModel"]),
        .testTarget(name: "FactTextTests", dependencies: ["FactText"]),
        .testTarget(name: "FactProposersTests", dependencies: ["FactProposers"]),
        .testTarget(name: "FactFormatsTests", dependencies: ["FactFormats", "FactReplay", "FactProposers"]),
        .testTarget(name: "FactShellTests", dependencies: ["FactShell"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(name: "FactStoreTests", dependencies: ["FactStore"]),
    ]
)
