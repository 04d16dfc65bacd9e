import Testing
import Wijknet

@Suite("Language from the locale")
struct LanguageLocaleTests {
    @Test func thePOSIXOrderDecides() {
        #expect(Language(locale: ["LANG": "nl_NL.UTF-8"]) == .nl)
        #expect(Language(locale: ["LANG": "nl_BE"]) == .nl && Language(locale: ["LANG": "en"]) == .en)
        #expect(Language(locale: ["LANG": "en_GB.UTF-8", "LC_MESSAGES": "nl_NL.UTF-8"]) == .nl)
        #expect(Language(locale: ["LANG": "nl_NL.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LC_ALL": ""]) == .en, "an empty LC_ALL does not count")
        #expect(Language(locale: ["LC_ALL": "en_US.UTF-8", "LANG": "nl_NL.UTF-8"]) == .en)
        #expect(Language(locale: ["LANG": "C.UTF-8"]) == nil && Language(locale: ["LANG": "de_DE.UTF-8"]) == nil && Language(locale: [:]) == nil)
    }
}
