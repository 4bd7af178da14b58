using MLCourse.Language;

namespace MLCourse.Tests.Library.Language;

public sealed class CausalAttentionTests
{
    [Fact]
    public void Each_position_sees_itself_and_the_past()
    {
        var mask = CausalAttention.Mask(3);

        Assert.Equal([true, false, false], mask[0]);
        Assert.Equal([true, true, false], mask[1]);
        Assert.Equal([true, true, true], mask[2]);
        Assert.Single(CausalAttention.Mask(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => CausalAttention.Mask(0));
    }
}
