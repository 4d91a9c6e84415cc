using Gantry.Interchange.Excel;

namespace Gantry.Cli.Commands;

/// <summary><c>gantry import-template OUT.xlsx</c>: writes the bilingual Excel import template.</summary>
public static class ImportTemplateCommand
{
    public static int Run(string outPath, TextWriter output, TextWriter error) =>
        CliFailure.Run(error, () =>
        {
            ExcelImportTemplate.WriteFile(outPath);
            output.WriteLine("import template written to " + outPath);
            return 0;
        });
}
