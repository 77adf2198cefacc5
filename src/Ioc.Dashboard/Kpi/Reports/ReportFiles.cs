using System.Text;
using ClosedXML.Excel;

namespace Ioc.Dashboard.Kpi.Reports;

/// <summary>The report as files: .xlsx (ClosedXML, one sheet per table) and CSV (UTF-8 with a BOM, so Excel reads Vietnamese).</summary>
public static class ReportFiles
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv; charset=utf-8";

    public static string FileName(PeriodicReport r, string extension) =>
        $"bao-cao-{r.ProfileId}-{r.Period.Kind.ToString().ToLowerInvariant()}-{r.Period.From:yyyyMMdd}-{r.Period.To:yyyyMMdd}.{extension}";

    public static byte[] Xlsx(PeriodicReport r, ReportText text)
    {
        using var book = new XLWorkbook();
        Table(book.Worksheets.Add(text["Report.Sheet.Agencies"]), r, text, text.TableHeadings(r, "Report.Col.Agency"), r.ByAgency);
        Table(book.Worksheets.Add(text["Report.Sheet.Fields"]), r, text, text.TableHeadings(r, "Report.Col.Field"), r.ByField);
        var overdue = book.Worksheets.Add(text["Report.Sheet.Overdue"]);
        var row = Header(overdue, r, text);
        Write(overdue, row, text.OverdueHeadings(), bold: true);
        foreach (var c in r.OverdueCases)
        {
            Write(overdue, ++row, text.OverdueValues(c));
        }
        if (r.ConfidentialOverdueNotListed > 0)
        {
            overdue.Cell(row + 2, 1).Value = text.Format("Report.ConfidentialNotListed", r.ConfidentialOverdueNotListed);
        }
        FitColumns(overdue);
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    public static byte[] Csv(PeriodicReport r, ReportText text)
    {
        var csv = new StringBuilder();
        void Line(IEnumerable<object> values) => csv.Append(string.Join(',', values.Select(Escape))).Append("\r\n");
        Line([text.Title(r)]);
        Line([r.ProvinceName]);
        Line([text.Generated(r)]);
        csv.Append("\r\n");
        Line([text["Report.Sheet.Agencies"]]);
        Line(text.TableHeadings(r, "Report.Col.Agency"));
        foreach (var row in r.ByAgency)
        {
            Line(ReportText.TableValues(row, row.Name));
        }
        Line(ReportText.TableValues(r.Total, text["Report.Total"]));
        csv.Append("\r\n");
        Line([text["Report.Sheet.Fields"]]);
        Line(text.TableHeadings(r, "Report.Col.Field"));
        foreach (var row in r.ByField)
        {
            Line(ReportText.TableValues(row, row.Name));
        }
        Line(ReportText.TableValues(r.Total, text["Report.Total"]));
        csv.Append("\r\n");
        Line([text["Report.Sheet.Overdue"]]);
        Line(text.OverdueHeadings());
        foreach (var c in r.OverdueCases)
        {
            Line(text.OverdueValues(c));
        }
        if (r.ConfidentialOverdueNotListed > 0)
        {
            Line([text.Format("Report.ConfidentialNotListed", r.ConfidentialOverdueNotListed)]);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Table(IXLWorksheet sheet, PeriodicReport r, ReportText text, string[] headings, IReadOnlyList<ReportRow> rows)
    {
        var at = Header(sheet, r, text);
        Write(sheet, at, headings, bold: true);
        foreach (var row in rows)
        {
            Write(sheet, ++at, ReportText.TableValues(row, row.Name));
        }
        Write(sheet, ++at, ReportText.TableValues(r.Total, text["Report.Total"]), bold: true);
        FitColumns(sheet);
    }

    /// <summary>Title, province and generation time; returns the row of the table's headings.</summary>
    private static int Header(IXLWorksheet sheet, PeriodicReport r, ReportText text)
    {
        sheet.Cell(1, 1).Value = text.Title(r);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        sheet.Cell(2, 1).Value = r.ProvinceName;
        sheet.Cell(3, 1).Value = text.Generated(r);
        return 5;
    }

    /// <summary>
    /// Column widths from the longest text below the title rows. ClosedXML 0.95's AdjustToContents measures text with
    /// System.Drawing, which needs libgdiplus on Linux; character counts are close enough for these tables.
    /// </summary>
    private static void FitColumns(IXLWorksheet sheet)
    {
        foreach (var column in sheet.ColumnsUsed())
        {
            var longest = column.CellsUsed().Where(c => c.Address.RowNumber >= 5).Select(c => c.GetString().Length).DefaultIfEmpty(8).Max();
            column.Width = Math.Clamp(longest + 2, 8, 60);
        }
    }

    private static void Write(IXLWorksheet sheet, int row, IReadOnlyList<object> values, bool bold = false)
    {
        for (var i = 0; i < values.Count; i++)
        {
            var cell = sheet.Cell(row, i + 1);
            // Text stays text (a case code such as "0012" must not become 12).
            if (values[i] is string s)
            {
                cell.SetValue(s);
            }
            else
            {
                cell.Value = values[i];
            }
            cell.Style.Font.Bold = bold;
        }
    }

    private static string Escape(object value)
    {
        var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
        // Quote what needs it; a leading formula character is defused (CSV injection).
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' && value is string)
        {
            text = "'" + text;
        }
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
