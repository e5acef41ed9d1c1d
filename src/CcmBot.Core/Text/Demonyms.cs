namespace CcmBot.Core.Text;

/// <summary>
/// Adjectives that a State's name does not give by a usual ending ("French", "Dutch", "Malagasy"), for
/// reading who was met in an outreach sentence. They are never names in a question: "French-speaking
/// States" asks about no State. Adjectives shared by two States ("Congolese", "Dominican", "Guinean") are
/// left out, and so the form asks.
/// </summary>
public static class Demonyms
{
    public static readonly IReadOnlyDictionary<string, string> Irregular = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["afghan"] = "AFG", ["bosnian"] = "BIH", ["burkinabe"] = "BFA", ["basotho"] = "LSO", ["mosotho"] = "LSO",
        ["motswana"] = "BWA", ["batswana"] = "BWA", ["british"] = "GBR", ["cypriot"] = "CYP", ["czech"] = "CZE",
        ["danish"] = "DNK", ["dutch"] = "NLD", ["filipino"] = "PHL", ["philippine"] = "PHL", ["finnish"] = "FIN",
        ["french"] = "FRA", ["greek"] = "GRC", ["irish"] = "IRL", ["ivorian"] = "CIV", ["liechtensteiner"] = "LIE",
        ["luxembourger"] = "LUX", ["macedonian"] = "MKD", ["malagasy"] = "MDG", ["maltese"] = "MLT", ["marshallese"] = "MHL",
        ["monegasque"] = "MCO", ["mozambican"] = "MOZ", ["palestinian"] = "PSE", ["salvadoran"] = "SLV", ["salvadorean"] = "SLV",
        ["slovene"] = "SVN", ["spanish"] = "ESP", ["swiss"] = "CHE", ["trinidadian"] = "TTO", ["vatican"] = "VAT",
        ["verdean"] = "CPV", // "Cape Verdean"
        // States not party, for universalisation outreach ("met the Polish ambassador").
        ["polish"] = "POL", ["turkish"] = "TUR", ["chinese"] = "CHN", ["burmese"] = "MMR", ["thai"] = "THA", ["vietnamese"] = "VNM",
        ["emirati"] = "ARE", ["saudi"] = "SAU", ["kuwaiti"] = "KWT", ["qatari"] = "QAT", ["omani"] = "OMN", ["yemeni"] = "YEM",
        ["israeli"] = "ISR", ["pakistani"] = "PAK", ["bangladeshi"] = "BGD", ["nepali"] = "NPL", ["nepalese"] = "NPL",
        ["bhutanese"] = "BTN", ["kazakh"] = "KAZ", ["kyrgyz"] = "KGZ", ["tajik"] = "TJK", ["turkmen"] = "TKM", ["uzbek"] = "UZB",
        ["bahraini"] = "BHR", ["timorese"] = "TLS", ["bruneian"] = "BRN", ["belarusian"] = "BLR", ["azerbaijani"] = "AZE",
        ["russian"] = "RUS", ["ukrainian"] = "UKR", ["iranian"] = "IRN", ["syrian"] = "SYR", ["egyptian"] = "EGY", ["moroccan"] = "MAR",
        ["algerian"] = "DZA", ["libyan"] = "LBY", ["sudanese"] = "SDN", ["ethiopian"] = "ETH", ["eritrean"] = "ERI", ["gabonese"] = "GAB",
        ["zimbabwean"] = "ZWE", ["brazilian"] = "BRA", ["argentine"] = "ARG", ["argentinian"] = "ARG", ["venezuelan"] = "VEN",
        ["surinamese"] = "SUR", ["bahamian"] = "BHS", ["barbadian"] = "BRB", ["indian"] = "IND", ["malaysian"] = "MYS",
        ["singaporean"] = "SGP", ["cambodian"] = "KHM", ["mongolian"] = "MNG", ["estonian"] = "EST", ["latvian"] = "LVA",
        ["romanian"] = "ROU", ["serbian"] = "SRB", ["georgian"] = "GEO", ["armenian"] = "ARM", ["jordanian"] = "JOR",
        ["tongan"] = "TON", ["tuvaluan"] = "TUV", ["micronesian"] = "FSM", ["papua new guinean"] = "PNG",
    };
}
