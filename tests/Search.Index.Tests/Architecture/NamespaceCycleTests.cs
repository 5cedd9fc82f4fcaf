using System.Reflection;
using System.Reflection.Emit;
using Search.Index.Searching;

namespace Search.Index.Tests.Architecture;

/// <summary>
/// Dependencies between the engine's namespaces run one way. Read from the compiled assembly, so that every kind of
/// reference counts: using directives, qualified names (`Highlighting.Highlighter.Snippet`), types in signatures and
/// generic arguments, and the types and members the method bodies call.
/// </summary>
public class NamespaceCycleTests
{
    static readonly Assembly Engine = typeof(SearchEngine).Assembly;

    [Fact]
    public void The_engines_namespaces_depend_on_each_other_without_a_cycle()
    {
        var graph = NamespaceGraph();
        var cycles = new List<string>();
        // One cycle at a time: a found cycle's first edge is set aside so that the next search finds the others.
        while (FindCycle(graph) is { } cycle && cycles.Count < 20)
        {
            cycles.Add("namespace cycle: " + string.Join(" -> ", cycle) + string.Concat(cycle.Zip(cycle.Skip(1), (from, to) => $"\n  {from} -> {to}: {graph[from][to]}")));
            graph[cycle[0]].Remove(cycle[1]);
        }
        Assert.True(cycles.Count == 0, string.Join("\n", cycles));
    }

    [Fact]
    public void The_graph_sees_references_made_in_method_bodies_and_signatures()
    {
        // The check is only as good as what it reads: these references are known to exist.
        var graph = NamespaceGraph();
        Assert.Contains("Search.Index.Highlighting", graph["Search.Index.Searching"].Keys);
        Assert.Contains("Search.Index.Querying.Parsing", graph["Search.Index.Searching"].Keys);
        Assert.Contains("Search.Index.Documents", graph["Search.Index.Storage"].Keys);
    }

    [Fact]
    public void A_cycle_is_found_and_named()
    {
        var graph = new Dictionary<string, Dictionary<string, string>>
        {
            ["A"] = new() { ["B"] = "a" },
            ["B"] = new() { ["C"] = "b" },
            ["C"] = new() { ["A"] = "c" },
            ["D"] = new() { ["A"] = "d" },
        };
        var cycle = FindCycle(graph);
        Assert.NotNull(cycle);
        Assert.Equal(cycle[0], cycle[^1]);
        Assert.Equal(["A", "B", "C"], cycle.Skip(1).Order().ToArray());
        graph["C"].Clear();
        Assert.Null(FindCycle(graph));
    }

    /// <summary>Each namespace of the engine, the namespaces of the engine it refers to, and one place that refers to each.</summary>
    static Dictionary<string, Dictionary<string, string>> NamespaceGraph()
    {
        var graph = new Dictionary<string, Dictionary<string, string>>();
        foreach (var type in Engine.GetTypes())
        {
            var from = NamespaceOf(type);
            if (from is null) continue;
            if (!graph.TryGetValue(from, out var edges)) graph[from] = edges = [];
            foreach (var (used, where) in Referenced(type))
                if (NamespaceOf(used) is { } to && to != from) edges.TryAdd(to, $"{type.FullName} ({where}) uses {used.FullName}");
        }
        return graph;
    }

    /// <summary>
    /// A type's namespace of the engine; compiler-made types nested in a type take the namespace of the outermost,
    /// and those the compiler puts in namespaces of its own (generated regular expressions) are left out.
    /// </summary>
    static string? NamespaceOf(Type type)
    {
        if (type.IsGenericParameter || type.Assembly != Engine) return null;
        while (type.DeclaringType is { } outer) type = outer;
        return type.Namespace is { } name && name.StartsWith("Search.Index", StringComparison.Ordinal) ? name : null;
    }

    const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    static IEnumerable<(Type Used, string Where)> Referenced(Type type)
    {
        if (type.BaseType is { } b) foreach (var t in Parts(b)) yield return (t, "base type");
        foreach (var i in type.GetInterfaces()) foreach (var t in Parts(i)) yield return (t, "interface");
        foreach (var f in type.GetFields(Declared)) foreach (var t in Parts(f.FieldType)) yield return (t, f.Name);
        foreach (var p in type.GetProperties(Declared)) foreach (var t in Parts(p.PropertyType)) yield return (t, p.Name);
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            var signature = method.GetParameters().Select(p => p.ParameterType);
            if (method is MethodInfo m) signature = signature.Append(m.ReturnType);
            foreach (var s in signature) foreach (var t in Parts(s)) yield return (t, method.Name);
            foreach (var used in BodyReferences(method)) foreach (var t in Parts(used)) yield return (t, method.Name);
        }
    }

    /// <summary>A type with its element and generic argument types.</summary>
    static IEnumerable<Type> Parts(Type type)
    {
        if (type.HasElementType) { foreach (var t in Parts(type.GetElementType()!)) yield return t; yield break; }
        yield return type.IsGenericType && !type.IsGenericTypeDefinition ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType) foreach (var a in type.GetGenericArguments()) foreach (var t in Parts(a)) yield return t;
    }

    static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The types whose members or themselves a method's body names (calls, fields, casts, new objects, ldtoken).</summary>
    static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int at = 0;
        while (at < il.Length)
        {
            short value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var member = Resolve(method.Module, BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                    if (member is Type t) yield return t;
                    else if (member?.DeclaringType is { } declaring)
                    {
                        yield return declaring;
                        if (member is MethodInfo { IsGenericMethod: true } generic) foreach (var a in generic.GetGenericArguments()) yield return a;
                    }
                    at += 4;
                    break;
                case OperandType.InlineNone: break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar: at += 1; break;
                case OperandType.InlineVar: at += 2; break;
                case OperandType.InlineI8 or OperandType.InlineR: at += 8; break;
                case OperandType.InlineSwitch: at += 4 + 4 * BitConverter.ToInt32(il, at); break;
                default: at += 4; break;
            }
        }
    }

    static MemberInfo? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try { return module.ResolveMember(token, typeArguments, methodArguments); }
        catch (ArgumentException) { return null; }
    }

    /// <summary>A cycle as the namespaces on it, the first repeated at the end; null when there is none.</summary>
    static List<string>? FindCycle(Dictionary<string, Dictionary<string, string>> graph)
    {
        var state = new Dictionary<string, int>(); // 1: on the current path, 2: done
        var path = new List<string>();
        List<string>? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in graph.TryGetValue(node, out var edges) ? edges.Keys.Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
            {
                if (state.GetValueOrDefault(next) == 1) return [.. path.Skip(path.IndexOf(next)), next];
                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } found) return found;
            }
            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
        foreach (var node in graph.Keys.Order(StringComparer.Ordinal))
            if (state.GetValueOrDefault(node) == 0 && Visit(node) is { } cycle) return cycle;
        return null;
    }
}
