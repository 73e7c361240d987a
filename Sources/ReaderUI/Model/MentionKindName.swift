import NewsCore

extension ClaimMention.Kind {
    /// What the reader calls a mention of this kind: "headline", "standfirst", or `nil` for a
    /// body sentence, which needs no name.
    var shownName: String? {
        switch self {
        case .body: nil
        case .title: "headline"
        case .dek: "standfirst"
        }
    }
}
