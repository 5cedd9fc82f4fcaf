using Search.Index.Indexing.Columns;

namespace Search.Index.Tests.Indexing;

/// <summary>Session, year, date and clause type share one doc-values field: each must come back as its own column held it.</summary>
public class PackedNumbersTests
{
    [Theory]
    [InlineData(68, 2013, 20131205, 1)]
    [InlineData(0, 0, 0, 0)]
    [InlineData(1, 1946, 19460213, 2)]
    [InlineData(32767, 32767, int.MaxValue, 2)]
    [InlineData(80, 2025, 99991231, 0)]
    public void Each_number_comes_back(int session, int year, int date, int type)
    {
        long packed = PackedNumbers.Pack(session, year, date, type);
        Assert.True(packed >= 0);
        Assert.Equal((short)session, PackedNumbers.SessionOf(packed));
        Assert.Equal((short)year, PackedNumbers.YearOf(packed));
        Assert.Equal(date, PackedNumbers.DateOf(packed));
        Assert.Equal((byte)type, PackedNumbers.TypeOf(packed));
    }

    [Fact]
    public void Out_of_range_numbers_are_clamped_to_what_their_columns_hold()
    {
        long packed = PackedNumbers.Pack(-5, 100_000, long.MaxValue, 7);
        Assert.Equal(0, PackedNumbers.SessionOf(packed));
        Assert.Equal(short.MaxValue, PackedNumbers.YearOf(packed));
        Assert.Equal(int.MaxValue, PackedNumbers.DateOf(packed));
        Assert.Equal(2, PackedNumbers.TypeOf(packed));
    }
}
