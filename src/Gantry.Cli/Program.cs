using System.CommandLine;
using Gantry.Cli.Commands;

var file = new Argument<string>("file") { Description = "A Primavera P6 .xer or MS Project .xml (MSPDI) file" };
var project = new Option<string?>("--project") { Description = "XER with several projects: the project id or short name" };

var dataDate = new Option<string?>("--data-date") { Description = "Schedule at this data date (yyyy-MM-dd or yyyy-MM-ddTHH:mm) instead of the file's" };
var json = new Option<bool>("--json") { Description = "Write JSON instead of tab-separated text" };
var outFile = new Option<string?>("--out") { Description = "Write to this file instead of the console" };
var schedule = new Command("schedule", "Schedule a file and print each activity's dates, float and critical flag") { file, dataDate, project, json, outFile };
schedule.SetAction(r => ScheduleCommand.Run(r.GetValue(file)!, r.GetValue(dataDate), r.GetValue(project), r.GetValue(json), r.GetValue(outFile), Console.Out, Console.Error));

var limit = new Option<int>("--limit") { Description = "How many mismatches to list", DefaultValueFactory = _ => 50 };
var compare = new Command("compare", "Schedule a file and compare with the dates its own tool stored") { file, project, limit };
compare.SetAction(r => CompareCommand.Run(r.GetValue(file)!, r.GetValue(project), r.GetValue(limit), Console.Out, Console.Error));

var anyFile = new Argument<string>("file") { Description = "A P6 .xer, MS Project .xml (MSPDI) or Excel .xlsx file" };
var listed = new Option<int>("--limit") { Description = "How many activities to list per check", DefaultValueFactory = _ => 10 };
var checkJson = new Option<bool>("--json") { Description = "Write the assessment as JSON" };
var check = new Command("check", "Schedule a file and print the DCMA 14-point health check") { anyFile, checkJson, listed, dataDate, project };
check.SetAction(r => CheckCommand.Run(r.GetValue(anyFile)!, r.GetValue(checkJson), r.GetValue(listed), r.GetValue(dataDate), r.GetValue(project), Console.Out, Console.Error));
var to = new Option<string?>("--to") { Description = "xlsx or csv (default: the extension of --out)" };
var exportOut = new Option<string>("--out") { Description = "The file to write", Required = true };
var export = new Command("export", "Schedule a file and write its activity table to Excel or CSV") { anyFile, to, exportOut, dataDate, project };
export.SetAction(r => ExportCommand.Run(r.GetValue(anyFile)!, r.GetValue(to), r.GetValue(exportOut)!, r.GetValue(dataDate), r.GetValue(project), Console.Out, Console.Error));
var templateOut = new Argument<string>("out") { Description = "The .xlsx file to write" };
var template = new Command("import-template", "Write the bilingual Excel import template") { templateOut };
template.SetAction(r => ImportTemplateCommand.Run(r.GetValue(templateOut)!, Console.Out, Console.Error));

var convertIn = new Argument<string>("in") { Description = "A P6 .xer, MS Project .xml (MSPDI) or Excel .xlsx file" };
var convertOut = new Argument<string>("out") { Description = "The file to write; its extension picks the format (.xer for P6, .xml for MS Project)" };
var encoding = new Option<string?>("--encoding") { Description = "XER encoding: 1252 (P6's default) or utf-8; by default 1252 unless the text needs UTF-8" };
var convert = new Command("convert", "Read a schedule and write it in another format, listing what changed") { convertIn, convertOut, project, encoding };
convert.SetAction(r => ConvertCommand.Run(r.GetValue(convertIn)!, r.GetValue(convertOut)!, r.GetValue(project), r.GetValue(encoding), Console.Out, Console.Error));

var root = new RootCommand("gantry: engineering project schedules") { schedule, compare, check, export, template, convert };
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0 && !args.Any(a => a is "-h" or "--help" or "-?"))
{
    // Bad command lines are bad input too: one line per problem and exit code 2, like bad files.
    foreach (var problem in parsed.Errors)
    {
        Console.Error.WriteLine("gantry: " + problem.Message);
    }

    Console.Error.WriteLine("Run 'gantry --help' for usage.");
    return CliFailure.BadInput;
}

return parsed.Invoke();
