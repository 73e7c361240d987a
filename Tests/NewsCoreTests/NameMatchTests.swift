import Testing
@testable import NewsCore

/// When two names can be one person, organisation or place across articles.
@Suite("Name matching")
struct NameMatchTests {
    @Test func aSurnameOrGivenNameAloneMatchesTheFullName() {
        #expect(NameMatch.compatible("xi", "xi jinping"))
        #expect(NameMatch.compatible("biden", "joe biden"))
        #expect(!NameMatch.compatible("ramos", "neymar"))
    }

    @Test func aTitleBeforeTheNameDoesNotMakeAnotherPerson() {
        #expect(NameMatch.compatible("margaret thatcher", "iron lady margaret thatcher"))
        #expect(NameMatch.compatible("uskup agung desmond tutu", "uskup agung afrika selatan desmond tutu"))
        #expect(NameMatch.compatible("world trade center", "one world trade center"))
    }

    @Test func spellingVariantsOfANameMatch() {
        #expect(NameMatch.compatible("taliban", "taleban"))
        #expect(NameMatch.compatible("hizbullah", "hezbollah"))
        #expect(NameMatch.compatible("sundwall", "microsoft sean sundwell"))
        #expect(NameMatch.compatible("makau", "macau"))
    }

    @Test func namesThatOnlyLookAlikeStayApart() {
        #expect(!NameMatch.compatible("iran", "irak"))
        #expect(!NameMatch.compatible("austria", "australia"))
        #expect(!NameMatch.compatible("bank indonesia", "universitas indonesia"))
        #expect(!NameMatch.compatible("joko widodo", "arief widodo"))
    }
}
