import Foundation
import Testing

@Suite("claims and explain")
struct ClaimCommandTests {
    @Test func claimsJSONHasTheAgreedShape() throws {
        let result = try CLI.run(["claims", "--json"])
        #expect(result.status == 0)
        let json = try result.json()
        #expect((json["articles"] as? [[String: Any]])?.count == 5)
        let claims = try #require(json["claims"] as? [[String: Any]])
        #expect(!claims.isEmpty)
        for claim in claims {
            #expect(claim["id"] is String && claim["label"] is String && claim.keys.contains("speaker"))
            let mentions = try #require(claim["mentions"] as? [[String: Any]])
            for m in mentions {
                for key in ["article", "kind", "sentence", "text", "start", "end", "clause", "speaker", "relay", "quoted", "score"] {
                    #expect(m.keys.contains(key), "mention lacks \(key)")
                }
                let score = try #require(m["score"] as? Double)
                #expect(score >= 0 && score <= 1)
            }
        }
        // A sentence of two claims gives two mentions, each with its clause's span.
        let clauses = claims.flatMap { $0["mentions"] as! [[String: Any]] }.filter { $0["clause"] is [Int] }
        #expect(!clauses.isEmpty)
        for m in clauses {
            let span = m["clause"] as! [Int], length = (m["text"] as! String).unicodeScalars.count
            #expect(span.count == 2 && 0 <= span[0] && span[0] < span[1] && span[1] <= length, "\(span) in \(length)")
        }
        // Xi's "aset berharga" claim: 000 and 001 report it, Xi is the speaker, relays are not speakers.
        let asset = try #require(claims.first { claim in
            (claim["mentions"] as! [[String: Any]]).contains { ($0["text"] as! String).contains("aset berharga\" bagi kedua negara") }
        })
        #expect(asset["speaker"] as? String == "Xi Jinping")
        let articles = (asset["mentions"] as! [[String: Any]]).map { $0["article"] as! String }
        #expect(articles.contains("000_9a2fe5602f12e20f") && articles.contains("001_d642c6b706a4b43b"))
        let okezone = (asset["mentions"] as! [[String: Any]]).first { $0["article"] as? String == "001_d642c6b706a4b43b" }!
        #expect((okezone["relay"] as? String)?.contains("KCNA") == true)
        #expect(okezone["speaker"] as? String == "Xi Jinping")
    }

    @Test func minSourcesFiltersSingleOutletClaims() throws {
        let all = try CLI.run(["claims", "--json"]).json()["claims"] as! [[String: Any]]
        let shared = try CLI.run(["claims", "--json", "--min-sources", "2"]).json()["claims"] as! [[String: Any]]
        #expect(shared.count < all.count)
        #expect(shared.allSatisfy { ($0["sources"] as! Int) >= 2 })
        #expect(all.contains { ($0["sources"] as! Int) == 1 })
        let text = try CLI.run(["claims"])
        #expect(text.stdout.contains("only in "))
        #expect(try CLI.run(["claims", "--min-sources", "0"]).status == 2)
    }

    @Test func explainTellsWhyALinkHolds() throws {
        let result = try CLI.run(["explain", "000_9a2fe5602f12e20f:6", "001_d642c6b706a4b43b:2"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Shared terms: "))
        #expect(result.stdout.contains("aset"))
        #expect(result.stdout.contains("✓ speaker: same speaker: Xi Jinping"))
        #expect(result.stdout.contains("Linked: both are mentions of one claim."))
    }

    @Test func explainTellsWhyALookAlikeDoesNotLink() throws {
        // The Song Tao meeting in March vs the Yang Jiechi meeting in October.
        let result = try CLI.run(["explain", "000_9a2fe5602f12e20f:1", "004_7cab8cf64f69f02b:0", "--json"])
        #expect(result.status == 0)
        let json = try result.json()
        #expect(json["linked"] as? Bool == false)
        let factors = try #require(json["factors"] as? [[String: String]])
        #expect(factors.contains { $0["name"] == "time" && $0["value"] != "1.0" })
        #expect((json["score"] as! Double) < (json["threshold"] as! Double))
    }

    @Test func headlinesAndStandfirstsAreMarkedClaims() throws {
        let claims = try #require(try CLI.run(["claims", "--json"]).json()["claims"] as? [[String: Any]])
        let mentions = claims.flatMap { $0["mentions"] as! [[String: Any]] }
        let titles = mentions.filter { $0["kind"] as? String == "title" }
        // 002 has no title line, so four of the five seeds have a headline.
        #expect(titles.count == 4)
        #expect(titles.allSatisfy { $0["sentence"] is NSNull && $0["start"] is NSNull })
        let dek = try #require(mentions.first { $0["kind"] as? String == "dek" })
        #expect(dek["article"] as? String == "003_6b20b64fa4afd3ed")
        #expect((dek["text"] as? String)?.hasPrefix("Kim Jong Un dan Xi Jinping bertukar pesan") == true)
        // Okezone's headline reports the alliance Warta Ekonomi's first sentence reports.
        let alliance = try #require(claims.first { claim in
            (claim["mentions"] as! [[String: Any]]).contains {
                $0["kind"] as? String == "title" && $0["article"] as? String == "001_d642c6b706a4b43b"
            }
        })
        #expect((alliance["mentions"] as! [[String: Any]]).contains {
            $0["article"] as? String == "000_9a2fe5602f12e20f" && $0["sentence"] as? Int == 0
        })
        #expect(alliance["id"] as? String == "000_9a2fe5602f12e20f:0", "a body sentence labels the claim")
        let text = try CLI.run(["claims"]).stdout
        #expect(text.contains("001_d642c6b706a4b43b:title  Okezone"))
        let explained = try CLI.run(["explain", "001_d642c6b706a4b43b:title", "000_9a2fe5602f12e20f:0", "--json"]).json()
        #expect(explained["first"] as? String == "001_d642c6b706a4b43b:title")
        #expect(explained["linked"] as? Bool == true)
        #expect(try CLI.run(["explain", "000_9a2fe5602f12e20f:dek", "000_9a2fe5602f12e20f:0"]).status == 3)
        let shown = try CLI.run(["show", "003_6b20b64fa4afd3ed"]).stdout
        #expect(shown.split(separator: "\n")[2].hasPrefix("Kim Jong Un dan Xi Jinping bertukar pesan"))
    }

    @Test func explainRejectsBadReferences() throws {
        #expect(try CLI.run(["explain", "000_9a2fe5602f12e20f:999", "001_d642c6b706a4b43b:2"]).status == 3)
        #expect(try CLI.run(["explain", "nope:1", "001_d642c6b706a4b43b:2"]).status == 3)
        #expect(try CLI.run(["explain", "no-colon", "001_d642c6b706a4b43b:2"]).status == 2)
    }
}

@Suite("search command")
struct SearchCommandTests {
    @Test func jsonHitsCarryHighlights() throws {
        let result = try CLI.run(["search", "aset berharga", "--json"])
        #expect(result.status == 0)
        let hits = try #require(try result.json()["hits"] as? [[String: Any]])
        #expect(hits.count == 3)
        for hit in hits {
            let text = hit["text"] as! String
            let scalars = Array(text.unicodeScalars)
            let words = (hit["highlights"] as! [[Int]]).map { String(String.UnicodeScalarView(scalars[$0[0]..<$0[1]])) }
            #expect(words == ["aset", "berharga"])
            #expect(hit["article"] is String && hit["score"] is Double && hit.keys.contains("sentence"))
        }
    }

    @Test func textMarksMatchesAndBadQueriesExitTwo() throws {
        let result = try CLI.run(["search", "tegaskan", "--limit", "1"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("«Tegaskan»"))
        let bad = try CLI.run(["search", "foo:bar"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("unknown field foo:"))
        #expect(try CLI.run(["search", "\"kim"]).stderr.contains("unbalanced quote"))
    }
}
