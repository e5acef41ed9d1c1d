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
    };
}
