namespace Ioc.Data.Reference;

/// <summary>A reference file is malformed; <see cref="Exception.Message"/> lists every problem as <c>file: path: problem</c>.</summary>
public sealed class ReferenceDataException(string fileName, IReadOnlyList<string> errors)
    : Exception($"Invalid reference data in {fileName}:{Environment.NewLine}{string.Join(Environment.NewLine, errors.Select(e => $"  {fileName}: {e}"))}")
{
    public string FileName { get; } = fileName;
    public IReadOnlyList<string> Errors { get; } = errors;
}
