// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "newsreader",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsreader", targets: ["newsreader"]),
        .library(name: "NewsCore", targets: ["NewsCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "NewsCore",
            dependencies: ["CZlib"],
            resources: [.copy("Resources/seeds")]
        ),
        .executableTarget(
            name: "newsreader",
            dependencies: [
                "NewsCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "NewsCoreTests", dependencies: ["NewsCore"], exclude: ["Fixtures"]),
        .testTarget(name: "newsreaderTests", dependencies: ["newsreader"]),
    ]
)
