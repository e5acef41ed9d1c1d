using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Treaties;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2017-06-30", DatePrecision.Day, "2017-06-30", "2017-06-30")]
    [InlineData("2013-07", DatePrecision.Month, "2013-07-01", "2013-07-31")]
    [InlineData("2016-02", DatePrecision.Month, "2016-02-01", "2016-02-29")]
    [InlineData("2011", DatePrecision.Year, "2011-01-01", "2011-12-31")]
    [InlineData("2019-09-02/2019-09-04", DatePrecision.Span, "2019-09-02", "2019-09-04")]
    [InlineData("2007/2008", DatePrecision.Span, "2007-01-01", "2008-12-31")]
    [InlineData("2018-07/2019-11", DatePrecision.Span, "2018-07-01", "2019-11-30")]
    public void Parses_every_precision_the_sources_use(string text, DatePrecision precision, string earliest, string latest)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(A.Day(earliest), date.Earliest);
        Assert.Equal(A.Day(latest), date.Latest);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_is_unknown(string text) => Assert.False(PartialDate.Parse(text).IsKnown);

    [Theory]
    [InlineData("30 June 2017")]
    [InlineData("2017-13-01")]
    [InlineData("2019/2018")]
    [InlineData("yesterday")]
    public void Rejects_what_is_not_an_ISO_date(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void Certainty_uses_the_bounds()
    {
        var july = PartialDate.Parse("2013-07");
        Assert.False(july.CertainlyOnOrBefore(A.Day("2013-07-15")));
        Assert.True(july.CertainlyOnOrBefore(A.Day("2013-07-31")));
        Assert.False(PartialDate.Unknown.CertainlyOnOrBefore(DateOnly.MaxValue));
    }
}
