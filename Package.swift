// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "newsreader",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsreader", targets: ["newsreader"]),
        .library(name: "NewsCore", targets: ["NewsCore"]),
        .executable(name: "newsreader-bench", targets: ["newsreader-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CHunspell",
            pkgConfig: "hunspell",
            providers: [.apt(["libhunspell-dev", "hunspell-id"])]
        ),
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CNCursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "NewsCore",
            dependencies: ["CZlib", "CHunspell", "CStemmer"],
            resources: [.copy("Resources/seeds"), .copy("Resources/wordnet-bahasa")]
        ),
        .target(name: "NewsStore", dependencies: ["NewsCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "ReaderUI", dependencies: ["NewsCore"]),
        .target(name: "ReaderTerminal", dependencies: ["ReaderUI", "CNCursesw"]),
        .executableTarget(
            name: "newsreader",
            dependencies: [
                "NewsCore",
                "NewsStore",
                "ReaderUI",
                "ReaderTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "newsreader-bench",
            dependencies: ["NewsCore", "NewsStore", "ReaderUI", "CSQLite"],
            path: "Benchmarks/NewsBench"
        ),
        .testTarget(name: "NewsCoreTests", dependencies: ["NewsCore"], exclude: ["Fixtures"]),
        .testTarget(name: "NewsStoreTests", dependencies: ["NewsStore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "newsreaderTests", dependencies: ["newsreader"]),
        .testTarget(
            name: "ReaderUITests",
            dependencies: ["ReaderUI", .product(name: "SnapshotTesting", package: "swift-snapshot-testing")],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(name: "ReaderTerminalTests", dependencies: ["ReaderTerminal"]),
    ]
)
