#include "engine/scim/ScimFilter.h"

#include "engine/scim/ScimError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::engine::scim {

namespace {

using Kind = FilterNode::Kind;
using Type = AttributeDef::Type;

const QStringList kOperators{u"eq"_s, u"ne"_s, u"co"_s, u"sw"_s, u"ew"_s, u"gt"_s, u"ge"_s, u"lt"_s, u"le"_s};

struct Token
{
    enum class Kind
    {
        Word,
        String,
        Open,
        Close,
        OpenBracket,
        CloseBracket,
        End,
    };
    Kind kind = Kind::End;
    QString text;
    qsizetype position = 0;
};

core::Result<QList<Token>> tokenize(const QString& text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        if (c == u'(' || c == u')' || c == u'[' || c == u']') {
            const auto kind = c == u'('   ? Token::Kind::Open
                              : c == u')' ? Token::Kind::Close
                              : c == u'[' ? Token::Kind::OpenBracket
                                          : Token::Kind::CloseBracket;
            tokens.append({kind, QString(c), start});
            ++i;
            continue;
        }
        if (c == u'"') {
            ++i;
            while (i < text.size() && text[i] != u'"') {
                i += text[i] == u'\\' ? 2 : 1;
            }
            if (i >= text.size()) {
                return ScimError::invalidFilter(u"unterminated string at position %1"_s.arg(start));
            }
            ++i;
            const QString literal = text.mid(start, i - start);
            const QJsonDocument doc = QJsonDocument::fromJson(u"[%1]"_s.arg(literal).toUtf8());
            if (!doc.isArray() || !doc.array().at(0).isString()) {
                return ScimError::invalidFilter(u"invalid string literal at position %1"_s.arg(start));
            }
            if (doc.array().at(0).toString().contains(QChar(u'\0'))) {
                return ScimError::invalidFilter(u"NUL character in a string literal"_s);
            }
            tokens.append({Token::Kind::String, doc.array().at(0).toString(), start});
            continue;
        }
        while (i < text.size() && !text[i].isSpace() && text[i] != u'(' && text[i] != u')' && text[i] != u'['
               && text[i] != u']' && text[i] != u'"') {
            ++i;
        }
        tokens.append({Token::Kind::Word, text.mid(start, i - start), start});
    }
    tokens.append({Token::Kind::End, QString(), text.size()});
    return tokens;
}

class Parser
{
public:
    explicit Parser(QList<Token> tokens)
        : m_tokens(std::move(tokens))
    {}

    core::Result<Filter> parseAll()
    {
        auto filter = parseOr(0, false);
        if (!filter.ok()) {
            return filter;
        }
        if (peek().kind != Token::Kind::End) {
            return error(u"unexpected '%1'"_s.arg(peek().text));
        }
        return filter;
    }

private:
    const Token& peek() const
    {
        return m_tokens[m_pos];
    }

    const Token& take()
    {
        const Token& t = m_tokens[m_pos];
        if (t.kind != Token::Kind::End) {
            ++m_pos;
        }
        return t;
    }

    bool isKeyword(const QString& word) const
    {
        return peek().kind == Token::Kind::Word && peek().text.compare(word, Qt::CaseInsensitive) == 0;
    }

    core::Error error(const QString& message) const
    {
        return ScimError::invalidFilter(message + u" at position %1"_s.arg(peek().position));
    }

    core::Result<Filter> parseOr(int depth, bool inBrackets)
    {
        if (depth > ScimFilter::kMaxDepth) {
            return error(u"filter nested too deeply"_s);
        }
        auto left = parseAnd(depth, inBrackets);
        if (!left.ok()) {
            return left;
        }
        Filter node = left.value();
        while (isKeyword(u"or"_s)) {
            take();
            auto right = parseAnd(depth, inBrackets);
            if (!right.ok()) {
                return right;
            }
            auto combined = std::make_shared<FilterNode>();
            combined->kind = Kind::Or;
            combined->left = node;
            combined->right = right.value();
            node = combined;
        }
        return node;
    }

    core::Result<Filter> parseAnd(int depth, bool inBrackets)
    {
        auto left = parseUnary(depth, inBrackets);
        if (!left.ok()) {
            return left;
        }
        Filter node = left.value();
        while (isKeyword(u"and"_s)) {
            take();
            auto right = parseUnary(depth, inBrackets);
            if (!right.ok()) {
                return right;
            }
            auto combined = std::make_shared<FilterNode>();
            combined->kind = Kind::And;
            combined->left = node;
            combined->right = right.value();
            node = combined;
        }
        return node;
    }

    core::Result<Filter> parseGroup(int depth, bool inBrackets)
    {
        if (peek().kind != Token::Kind::Open) {
            return error(u"expected '('"_s);
        }
        take();
        auto inner = parseOr(depth + 1, inBrackets);
        if (!inner.ok()) {
            return inner;
        }
        if (peek().kind != Token::Kind::Close) {
            return error(u"expected ')'"_s);
        }
        take();
        return inner;
    }

    core::Result<Filter> parseUnary(int depth, bool inBrackets)
    {
        if (isKeyword(u"not"_s) && m_tokens[m_pos + 1].kind == Token::Kind::Open) {
            take();
            auto inner = parseGroup(depth, inBrackets);
            if (!inner.ok()) {
                return inner;
            }
            auto node = std::make_shared<FilterNode>();
            node->kind = Kind::Not;
            node->left = inner.value();
            return Filter(node);
        }
        if (peek().kind == Token::Kind::Open) {
            return parseGroup(depth, inBrackets);
        }
        return parseAttributeExpression(depth, inBrackets);
    }

    core::Result<Filter> parseAttributeExpression(int depth, bool inBrackets)
    {
        if (peek().kind != Token::Kind::Word) {
            return error(peek().kind == Token::Kind::End ? u"unexpected end of filter"_s
                                                         : u"expected an attribute name"_s);
        }
        const auto path = AttrPath::parse(peek().text);
        if (!path) {
            return error(u"invalid attribute path '%1'"_s.arg(peek().text));
        }
        take();
        auto node = std::make_shared<FilterNode>();
        node->path = *path;
        if (peek().kind == Token::Kind::OpenBracket) {
            if (inBrackets) {
                return error(u"value filters cannot be nested"_s);
            }
            take();
            auto inner = parseOr(depth + 1, true);
            if (!inner.ok()) {
                return inner;
            }
            if (peek().kind != Token::Kind::CloseBracket) {
                return error(u"expected ']'"_s);
            }
            take();
            node->kind = Kind::ValuePath;
            node->left = inner.value();
            return Filter(node);
        }
        if (peek().kind != Token::Kind::Word) {
            return error(u"expected an operator"_s);
        }
        const QString op = take().text.toLower();
        if (op == u"pr"_s) {
            node->kind = Kind::Present;
            return Filter(node);
        }
        if (!kOperators.contains(op)) {
            return error(u"unknown operator '%1'"_s.arg(op));
        }
        node->kind = Kind::Compare;
        node->op = op;
        auto value = parseValue();
        if (!value.ok()) {
            return value.error();
        }
        node->value = value.value();
        return Filter(node);
    }

    core::Result<QJsonValue> parseValue()
    {
        static const QRegularExpression number(u"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"_s);
        const Token& t = peek();
        if (t.kind == Token::Kind::String) {
            take();
            return QJsonValue(t.text);
        }
        if (t.kind != Token::Kind::Word) {
            return error(u"expected a value"_s);
        }
        const QString word = take().text;
        if (word.compare(u"true"_s, Qt::CaseInsensitive) == 0) {
            return QJsonValue(true);
        }
        if (word.compare(u"false"_s, Qt::CaseInsensitive) == 0) {
            return QJsonValue(false);
        }
        if (word.compare(u"null"_s, Qt::CaseInsensitive) == 0) {
            return QJsonValue(QJsonValue::Null);
        }
        if (number.match(word).hasMatch()) {
            return QJsonValue(word.toDouble());
        }
        const QString lower = word.toLower();
        if (lower == u"and"_s || lower == u"or"_s || lower == u"not"_s) {
            return error(u"expected a value"_s);
        }
        // Entra documents `externalId eq jyoung` (unquoted): a bare word is read as a string.
        return QJsonValue(word);
    }

    QList<Token> m_tokens;
    qsizetype m_pos = 0;
};

// Attribute checks after parsing, with the operator/type combinations RFC 7644 allows.
std::optional<core::Error> checkCompare(const FilterNode& node, const AttributeDef* leaf)
{
    if (!leaf) {
        return ScimError::invalidFilter(u"attribute '%1' cannot be compared"_s.arg(node.path.toString()));
    }
    if (node.kind != Kind::Compare) {
        return std::nullopt;
    }
    if (leaf->type == Type::Complex) {
        return ScimError::invalidFilter(u"complex attribute '%1' cannot be compared"_s.arg(node.path.toString()));
    }
    const bool ordering = node.op == u"gt"_s || node.op == u"ge"_s || node.op == u"lt"_s || node.op == u"le"_s;
    const bool substring = node.op == u"co"_s || node.op == u"sw"_s || node.op == u"ew"_s;
    if (leaf->type == Type::Boolean && (ordering || substring)) {
        return ScimError::invalidFilter(
            u"operator '%1' is not defined for boolean '%2'"_s.arg(node.op, node.path.toString()));
    }
    if (node.value.isNull() && node.op != u"eq"_s && node.op != u"ne"_s) {
        return ScimError::invalidFilter(u"null can only be compared with eq or ne"_s);
    }
    return std::nullopt;
}

std::optional<core::Error> validate(const FilterNode& node, const ResourceType* type, const AttributeDef* parent)
{
    switch (node.kind) {
    case Kind::And:
    case Kind::Or:
        if (auto e = validate(*node.left, type, parent)) {
            return e;
        }
        return validate(*node.right, type, parent);
    case Kind::Not:
        return validate(*node.left, type, parent);
    case Kind::Compare:
    case Kind::Present:
    case Kind::ValuePath: {
        const auto resolved = parent ? ScimPath::resolveSub(*parent, node.path) : ScimPath::resolve(*type, node.path);
        if (!resolved || resolved->wholeSchema) {
            return ScimError::invalidFilter(u"unknown attribute '%1'"_s.arg(node.path.toString()));
        }
        if (node.kind == Kind::ValuePath) {
            if (resolved->attr->type != Type::Complex || !node.path.sub.isEmpty()) {
                return ScimError::invalidFilter(u"'%1' is not a complex attribute"_s.arg(node.path.toString()));
            }
            return validate(*node.left, nullptr, resolved->attr);
        }
        return checkCompare(node, node.kind == Kind::Present ? resolved->attr : resolved->leaf());
    }
    }
    return std::nullopt;
}

// The values a comparison looks at (multi-valued attributes give several).
QJsonArray valuesAt(const QJsonObject& container, const ResolvedPath& r)
{
    const QJsonValue v = container.value(r.attr->name);
    QJsonArray out;
    const auto pick = [&](const QJsonValue& item) {
        if (r.attr->type == Type::Complex) {
            const QJsonValue inner = item.toObject().value(r.sub ? r.sub->name : u"value"_s);
            if (!inner.isUndefined() && !inner.isNull()) {
                out.append(inner);
            }
        } else if (!item.isUndefined() && !item.isNull()) {
            out.append(item);
        }
    };
    if (v.isArray()) {
        for (const QJsonValue& item : v.toArray()) {
            pick(item);
        }
    } else {
        pick(v);
    }
    return out;
}

bool present(const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull()) {
        return false;
    }
    if (v.isString()) {
        return !v.toString().isEmpty();
    }
    if (v.isArray()) {
        return !v.toArray().isEmpty();
    }
    if (v.isObject()) {
        return !v.toObject().isEmpty();
    }
    return true;
}

std::optional<bool> asBool(const QJsonValue& v)
{
    if (v.isBool()) {
        return v.toBool();
    }
    if (v.isString()) {
        const QString s = v.toString();
        if (s.compare(u"true"_s, Qt::CaseInsensitive) == 0) {
            return true;
        }
        if (s.compare(u"false"_s, Qt::CaseInsensitive) == 0) {
            return false;
        }
    }
    return std::nullopt;
}

// <0, 0, >0, or nullopt when the two cannot be compared.
std::optional<int> compare(const QJsonValue& actual, const QJsonValue& expected, const AttributeDef& def)
{
    if (def.type == Type::Boolean) {
        const auto a = asBool(actual);
        const auto e = asBool(expected);
        if (!a || !e) {
            return std::nullopt;
        }
        return *a == *e ? 0 : 1;
    }
    if (def.type == Type::Integer || def.type == Type::Decimal) {
        if (!actual.isDouble() || !expected.isDouble()) {
            return std::nullopt;
        }
        const double a = actual.toDouble();
        const double e = expected.toDouble();
        return a < e ? -1 : (a > e ? 1 : 0);
    }
    if (!actual.isString() || !expected.isString()) {
        return std::nullopt;
    }
    if (def.type == Type::DateTime) {
        const QDateTime a = QDateTime::fromString(actual.toString(), Qt::ISODateWithMs);
        const QDateTime e = QDateTime::fromString(expected.toString(), Qt::ISODateWithMs);
        if (a.isValid() && e.isValid()) {
            return a < e ? -1 : (a > e ? 1 : 0);
        }
    }
    return actual.toString().compare(expected.toString(), def.caseExact ? Qt::CaseSensitive : Qt::CaseInsensitive);
}

bool compareOne(const QString& op, const QJsonValue& actual, const QJsonValue& expected, const AttributeDef& def)
{
    if (op == u"co"_s || op == u"sw"_s || op == u"ew"_s) {
        if (!actual.isString() || !expected.isString()) {
            return false;
        }
        const auto cs = def.caseExact ? Qt::CaseSensitive : Qt::CaseInsensitive;
        const QString a = actual.toString();
        const QString e = expected.toString();
        return op == u"co"_s ? a.contains(e, cs) : (op == u"sw"_s ? a.startsWith(e, cs) : a.endsWith(e, cs));
    }
    const auto c = compare(actual, expected, def);
    if (!c) {
        return false;
    }
    if (op == u"eq"_s) {
        return *c == 0;
    }
    if (op == u"gt"_s) {
        return *c > 0;
    }
    if (op == u"ge"_s) {
        return *c >= 0;
    }
    if (op == u"lt"_s) {
        return *c < 0;
    }
    if (op == u"le"_s) {
        return *c <= 0;
    }
    return false;
}

bool evaluateCompare(const FilterNode& node, const QJsonArray& values, const AttributeDef& leaf)
{
    if (node.value.isNull()) {
        const bool isPresent = !values.isEmpty();
        return node.op == u"eq"_s ? !isPresent : isPresent;
    }
    if (node.op == u"ne"_s) {
        for (const QJsonValue& v : values) {
            if (compareOne(u"eq"_s, v, node.value, leaf)) {
                return false;
            }
        }
        return true;
    }
    for (const QJsonValue& v : values) {
        if (compareOne(node.op, v, node.value, leaf)) {
            return true;
        }
    }
    return false;
}

bool evaluate(const FilterNode& node, const QJsonObject& object, const ResourceType* type, const AttributeDef* parent)
{
    switch (node.kind) {
    case Kind::And:
        return evaluate(*node.left, object, type, parent) && evaluate(*node.right, object, type, parent);
    case Kind::Or:
        return evaluate(*node.left, object, type, parent) || evaluate(*node.right, object, type, parent);
    case Kind::Not:
        return !evaluate(*node.left, object, type, parent);
    case Kind::Compare:
    case Kind::Present:
    case Kind::ValuePath:
        break;
    }
    const auto r = parent ? ScimPath::resolveSub(*parent, node.path) : ScimPath::resolve(*type, node.path);
    if (!r || !r->attr) {
        return false;
    }
    const QJsonObject container = r->container(object);
    if (node.kind == Kind::ValuePath) {
        const QJsonValue v = container.value(r->attr->name);
        const QJsonArray items = v.isArray() ? v.toArray() : QJsonArray{v};
        for (const QJsonValue& item : items) {
            if (item.isObject() && evaluate(*node.left, item.toObject(), nullptr, r->attr)) {
                return true;
            }
        }
        return false;
    }
    if (node.kind == Kind::Present) {
        if (r->sub) {
            return !valuesAt(container, *r).isEmpty();
        }
        return present(container.value(r->attr->name));
    }
    const AttributeDef* leaf = r->leaf();
    return leaf && evaluateCompare(node, valuesAt(container, *r), *leaf);
}

} // namespace

core::Result<Filter> ScimFilter::parse(const QString& text)
{
    if (text.size() > kMaxLength) {
        return ScimError::invalidFilter(u"filter longer than %1 characters"_s.arg(kMaxLength));
    }
    if (text.trimmed().isEmpty()) {
        return ScimError::invalidFilter(u"empty filter"_s);
    }
    auto tokens = tokenize(text);
    if (!tokens.ok()) {
        return tokens.error();
    }
    Parser parser(std::move(tokens).value());
    return parser.parseAll();
}

core::Result<Filter> ScimFilter::parse(const QString& text, const ResourceType& type)
{
    auto filter = parse(text);
    if (!filter.ok()) {
        return filter;
    }
    if (auto problem = validate(*filter.value(), &type, nullptr)) {
        return *problem;
    }
    return filter;
}

core::Result<Filter> ScimFilter::parseValueFilter(const QString& text, const AttributeDef& parent)
{
    auto filter = parse(text);
    if (!filter.ok()) {
        return filter;
    }
    if (auto problem = validate(*filter.value(), nullptr, &parent)) {
        return *problem;
    }
    return filter;
}

bool ScimFilter::matches(const FilterNode& filter, const QJsonObject& resource, const ResourceType& type)
{
    return evaluate(filter, resource, &type, nullptr);
}

bool ScimFilter::matchesElement(const FilterNode& filter, const QJsonObject& element, const AttributeDef& parent)
{
    return evaluate(filter, element, nullptr, &parent);
}

QString ScimFilter::fold(const QString& value)
{
    return value.toCaseFolded();
}

std::optional<SqlCondition>
ScimFilter::sqlPrefilter(const FilterNode& node, const ResourceType& type, const ColumnFor& column)
{
    switch (node.kind) {
    case Kind::And: {
        auto l = sqlPrefilter(*node.left, type, column);
        auto r = sqlPrefilter(*node.right, type, column);
        if (l && r) {
            return SqlCondition{u"(%1 AND %2)"_s.arg(l->sql, r->sql), l->binds + r->binds};
        }
        return l ? l : r;
    }
    case Kind::Or: {
        auto l = sqlPrefilter(*node.left, type, column);
        auto r = sqlPrefilter(*node.right, type, column);
        if (l && r) {
            return SqlCondition{u"(%1 OR %2)"_s.arg(l->sql, r->sql), l->binds + r->binds};
        }
        return std::nullopt;
    }
    case Kind::Compare: {
        if (node.op != u"eq"_s || !node.value.isString()) {
            return std::nullopt;
        }
        const auto r = ScimPath::resolve(type, node.path);
        if (!r || !r->leaf() || r->leaf()->type != Type::String) {
            return std::nullopt;
        }
        const auto name = column(*r);
        if (!name) {
            return std::nullopt;
        }
        const QString value = r->leaf()->caseExact ? node.value.toString() : fold(node.value.toString());
        return SqlCondition{*name + u" = ?"_s, {value}};
    }
    case Kind::Not:
    case Kind::Present:
    case Kind::ValuePath:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<QJsonObject> ScimFilter::impliedElement(const FilterNode& node)
{
    if (node.kind == Kind::And) {
        auto l = impliedElement(*node.left);
        auto r = impliedElement(*node.right);
        if (!l || !r) {
            return std::nullopt;
        }
        for (auto it = r->begin(); it != r->end(); ++it) {
            l->insert(it.key(), it.value());
        }
        return l;
    }
    if (node.kind == Kind::Compare && node.op == u"eq"_s && !node.value.isNull() && node.path.sub.isEmpty()
        && node.path.urn.isEmpty()) {
        return QJsonObject{{node.path.attr, node.value}};
    }
    return std::nullopt;
}

} // namespace gatehouse::engine::scim
