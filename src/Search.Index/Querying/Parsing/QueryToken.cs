namespace Search.Index.Querying.Parsing;

internal enum TokenKind { Word, Prefix, Phrase, Field, And, Or, Not, Plus, Minus, Open, Close }

internal readonly record struct QueryToken(TokenKind Kind, string Text = "", int Slop = 0, string Field = "");
