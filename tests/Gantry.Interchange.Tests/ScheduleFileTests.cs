using Xunit;

namespace Gantry.Interchange.Tests;

public sealed class ScheduleFileTests
{
    [Theory]
    [InlineData("ERMHDR\t8.1\n", ScheduleFileFormat.Xer)]
    [InlineData("\uFEFFERMHDR\t19.12\n", ScheduleFileFormat.Xer)]
    [InlineData("  <?xml version=\"1.0\"?><Project/>", ScheduleFileFormat.Mspdi)]
    [InlineData("uid,name\n1,dig\n", ScheduleFileFormat.Unknown)]
    public void FormatOfAFileWithoutAKnownExtensionComesFromItsFirstBytes(string content, ScheduleFileFormat expected)
    {
        string path = Path.Combine(Path.GetTempPath(), "gantry-format-" + Guid.NewGuid().ToString("N") + ".dat");
        File.WriteAllText(path, content);
        try
        {
            Assert.Equal(expected, ScheduleFile.DetectFormat(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void UnknownFormatIsAClearError()
    {
        string path = Path.Combine(Path.GetTempPath(), "gantry-format-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, "uid,name\n");
        try
        {
            var error = Assert.Throws<InterchangeException>(() => ScheduleFile.Open(path));
            Assert.Contains("unknown file format", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ProjectIsPickedFromAFileWithSeveralAndLinksToTheOtherAreReported()
    {
        string text = XerText.Lines(
            XerText.Header,
            "%T\tPROJECT",
            "%F\tproj_id\tproj_short_name\tclndr_id\tlast_recalc_date\tplan_start_date",
            "%R\t1\tNORTH\t\t2024-01-08 08:00\t2024-01-08 08:00",
            "%R\t2\tSOUTH\t\t2024-01-08 08:00\t2024-01-08 08:00",
            "%T\tTASK",
            "%F\ttask_id\tproj_id\ttask_code\ttask_name\ttask_type\tstatus_code\ttarget_drtn_hr_cnt\tremain_drtn_hr_cnt",
            "%R\t10\t1\tN1\tNorth work\tTT_Task\tTK_NotStart\t8\t8",
            "%R\t20\t2\tS1\tSouth work\tTT_Task\tTK_NotStart\t8\t8",
            "%R\t21\t2\tS2\tSouth more\tTT_Task\tTK_NotStart\t8\t8",
            "%T\tTASKPRED",
            "%F\ttask_pred_id\ttask_id\tpred_task_id\tproj_id\tpred_proj_id\tpred_type\tlag_hr_cnt",
            "%R\t1\t21\t20\t2\t2\tPR_FS\t0",
            "%R\t2\t20\t10\t2\t1\tPR_FS\t0",
            "%E");
        string path = Path.Combine(Path.GetTempPath(), "gantry-two-" + Guid.NewGuid().ToString("N") + ".xer");
        File.WriteAllText(path, text);
        try
        {
            Assert.Throws<InterchangeException>(() => ScheduleFile.Open(path));

            var south = ScheduleFile.Open(path, "SOUTH");

            Assert.Equal(["20", "21"], south.Network.Activities.Select(a => a.Id));
            Assert.Single(south.Network.Relationships);
            var note = Assert.Single(south.Notes, n => n.Kind == ImportNoteKind.Skipped);
            Assert.Equal("TASKPRED 2", note.Record);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
