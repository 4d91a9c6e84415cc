namespace Gantry.Interchange.Xer;

/// <summary>
/// Activity codes (ACTVTYPE, ACTVCODE, TASKACTV) and activity user-defined fields (UDFTYPE,
/// UDFVALUE). The model keeps codes and fields by name, so their dictionaries are rebuilt here with
/// fresh keys: one project-scope code per name, one value per distinct short name.
/// </summary>
internal static class XerCodeTables
{
    public static readonly string[] CodeTypeFields = ["actv_code_type_id", "actv_short_len", "seq_num", "actv_code_type", "proj_id", "wbs_id", "actv_code_type_scope"];
    public static readonly string[] CodeFields = ["actv_code_id", "parent_actv_code_id", "actv_code_type_id", "actv_code_name", "short_name", "seq_num", "color", "total_assignments"];
    public static readonly string[] TaskCodeFields = ["task_id", "actv_code_type_id", "actv_code_id", "proj_id"];
    public static readonly string[] UdfTypeFields = ["udf_type_id", "table_name", "udf_type_name", "udf_type_label", "logical_data_type", "super_flag", "indicator_expression", "summary_indicator_expression"];
    public static readonly string[] UdfValueFields = ["udf_type_id", "fk_id", "proj_id", "udf_date", "udf_number", "udf_text", "udf_code_id"];

    public static void WriteUdfTypes(XerTableWriter w, XerWriteContext c, Dictionary<string, (long Id, string DataType)> types)
    {
        var labels = Labels(c);
        foreach (var a in c.Schedule.Network.Activities)
        {
            foreach (var field in c.Details.For(a.Id)?.UserFields ?? [])
            {
                types.TryAdd(Label(field, labels), (types.Count + 1, field.DataType ?? "FT_TEXT"));
            }
        }

        if (types.Count == 0)
        {
            return;
        }

        w.Table("UDFTYPE", UdfTypeFields);
        foreach (var (label, (id, dataType)) in types)
        {
            w.Set("udf_type_id", XerValueText.Id(id));
            w.Set("table_name", "TASK");
            w.Set("udf_type_name", "user_field_" + XerValueText.Id(id));
            w.Set("udf_type_label", label);
            w.Set("logical_data_type", dataType);
            w.Set("super_flag", "N");
            w.EndRow();
        }
    }

    public static void WriteUdfValues(XerTableWriter w, XerWriteContext c, Dictionary<string, (long Id, string DataType)> types)
    {
        if (types.Count == 0)
        {
            return;
        }

        w.Table("UDFVALUE", UdfValueFields);
        var labels = Labels(c);
        foreach (var a in c.Schedule.Network.Activities)
        {
            foreach (var field in c.Details.For(a.Id)?.UserFields ?? [])
            {
                w.Set("udf_type_id", XerValueText.Id(types[Label(field, labels)].Id));
                w.Set("fk_id", c.ActivityIds.Text(a.Id));
                w.Set("proj_id", c.ProjectIdText);
                w.Set("udf_date", c.Date(field.Date));
                w.Set("udf_number", XerValueText.Number(field.Number));
                w.Set("udf_text", field.Text);
                w.EndRow();
            }
        }
    }

    /// <summary>MS Project values name their field by FieldID; P6 shows the label the planner gave it.</summary>
    private static Dictionary<string, string> Labels(XerWriteContext c) =>
        c.Details.UserFieldDefinitions.GroupBy(d => d.FieldId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Label, StringComparer.Ordinal);

    private static string Label(UserFieldValue field, Dictionary<string, string> labels) =>
        labels.TryGetValue(field.Field, out var label) ? label : field.Field;

    /// <summary>Writes ACTVTYPE and returns the values per code name, for ACTVCODE and TASKACTV.</summary>
    public static Dictionary<string, (long TypeId, Dictionary<string, (long Id, string? Description)> Values)> WriteCodeTypes(XerTableWriter w, XerWriteContext c)
    {
        var codes = new Dictionary<string, (long TypeId, Dictionary<string, (long Id, string? Description)> Values)>(StringComparer.Ordinal);
        long nextValue = 1;
        foreach (var a in c.Schedule.Network.Activities)
        {
            foreach (var code in c.Details.For(a.Id)?.ActivityCodes ?? [])
            {
                if (!codes.TryGetValue(code.Code, out var entry))
                {
                    entry = (codes.Count + 1, new Dictionary<string, (long, string?)>(StringComparer.Ordinal));
                    codes[code.Code] = entry;
                }

                entry.Values.TryAdd(code.Value, (nextValue++, code.Description));
            }
        }

        if (codes.Count == 0)
        {
            return codes;
        }

        w.Table("ACTVTYPE", CodeTypeFields);
        foreach (var (name, entry) in codes)
        {
            w.Set("actv_code_type_id", XerValueText.Id(entry.TypeId));
            w.Set("actv_short_len", XerValueText.Id(Math.Max(1, entry.Values.Keys.Max(v => v.Length))));
            w.Set("seq_num", XerValueText.Id(entry.TypeId));
            w.Set("actv_code_type", name);
            w.Set("proj_id", c.ProjectIdText);
            w.Set("actv_code_type_scope", "AS_Project");
            w.EndRow();
        }

        return codes;
    }

    public static void WriteCodes(XerTableWriter w, Dictionary<string, (long TypeId, Dictionary<string, (long Id, string? Description)> Values)> codes)
    {
        if (codes.Count == 0)
        {
            return;
        }

        w.Table("ACTVCODE", CodeFields);
        foreach (var (typeId, values) in codes.Values)
        {
            int sequence = 0;
            foreach (var (shortName, (id, description)) in values)
            {
                w.Set("actv_code_id", XerValueText.Id(id));
                w.Set("actv_code_type_id", XerValueText.Id(typeId));
                w.Set("actv_code_name", description ?? shortName);
                w.Set("short_name", shortName);
                w.Set("seq_num", XerValueText.Id(++sequence));
                w.EndRow();
            }
        }
    }

    public static void WriteTaskCodes(XerTableWriter w, XerWriteContext c, Dictionary<string, (long TypeId, Dictionary<string, (long Id, string? Description)> Values)> codes)
    {
        if (codes.Count == 0)
        {
            return;
        }

        w.Table("TASKACTV", TaskCodeFields);
        foreach (var a in c.Schedule.Network.Activities)
        {
            foreach (var code in c.Details.For(a.Id)?.ActivityCodes ?? [])
            {
                var (typeId, values) = codes[code.Code];
                w.Set("task_id", c.ActivityIds.Text(a.Id));
                w.Set("actv_code_type_id", XerValueText.Id(typeId));
                w.Set("actv_code_id", XerValueText.Id(values[code.Value].Id));
                w.Set("proj_id", c.ProjectIdText);
                w.EndRow();
            }
        }
    }
}
