// docs/metadata-rules.md is complete: every rule id the metadata validator can emit has a row in one of its rule
// tables, and every row names a rule the code emits. The ids are collected at test time from the validator's
// sources (the string literals of the form "group.name" in core/saml/*.{h,cpp}, without the SSO code in
// core/saml/sso, and the safe loader core/xmldsig/XmlDocument.cpp), so a new rule without documentation fails here.

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

const QString kSourceDir = QStringLiteral(GATEHOUSE_SOURCE_DIR "/");

// Literals of that shape in those files that are not finding ids.
bool isNotARule(const QString& literal)
{
    return literal.startsWith(QLatin1String("dsig."))   // SignatureVerifier's error codes, reported inside signature.*
           || literal == QLatin1String("metadata.root") // MetadataParser's error, reported as structure.root
           || literal == QLatin1String("document.xml"); // the streaming reader's base URL
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList ruleSources()
{
    QStringList files;
    const QDir saml(kSourceDir + QStringLiteral("core/saml"));
    for (const QString& name : saml.entryList({QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files)) {
        files.append(saml.filePath(name));
    }
    files.append(kSourceDir + QStringLiteral("core/xmldsig/XmlDocument.cpp"));
    return files;
}

QSet<QString> emittedIds()
{
    static const QRegularExpression literal(QStringLiteral("\"([a-z][a-z0-9]*\\.[a-z][a-z0-9-]*)\""));
    QSet<QString> ids;
    for (const QString& file : ruleSources()) {
        const QString text = readText(file);
        for (auto it = literal.globalMatch(text); it.hasNext();) {
            const QString id = it.next().captured(1);
            if (!isNotARule(id)) {
                ids.insert(id);
            }
        }
    }
    return ids;
}

QSet<QString> documentedIds()
{
    static const QRegularExpression row(QStringLiteral("^\\| `([a-z0-9.-]+)` \\|"),
                                        QRegularExpression::MultilineOption);
    QSet<QString> ids;
    const QString text = readText(kSourceDir + QStringLiteral("docs/metadata-rules.md"));
    for (auto it = row.globalMatch(text); it.hasNext();) {
        ids.insert(it.next().captured(1));
    }
    return ids;
}

QString listed(QSet<QString> ids)
{
    QStringList list(ids.begin(), ids.end());
    list.sort();
    return list.join(QStringLiteral(", "));
}

} // namespace

class TestRuleDocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourcesAreFound();
    void everyEmittedRuleIsDocumented();
    void everyDocumentedRuleIsEmitted();
};

// The collection itself works (a moved folder or a changed literal style would make the other tests vacuous).
void TestRuleDocs::sourcesAreFound()
{
    const QSet<QString> emitted = emittedIds();
    QVERIFY2(emitted.size() >= 70, qPrintable(listed(emitted)));
    for (const char* id : {"xml.malformed",
                           "xml.unreadable-file",
                           "schema.invalid",
                           "structure.root",
                           "signature.valid",
                           "cert.expired",
                           "diff.unchanged"}) {
        QVERIFY2(emitted.contains(QLatin1String(id)), id);
    }
    QVERIFY(!emitted.contains(QStringLiteral("dsig.duplicate-id")));
    QVERIFY(documentedIds().size() >= 70);
}

void TestRuleDocs::everyEmittedRuleIsDocumented()
{
    const QSet<QString> missing = emittedIds() - documentedIds();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in a rule table of docs/metadata-rules.md: ") + listed(missing)));
}

void TestRuleDocs::everyDocumentedRuleIsEmitted()
{
    const QSet<QString> stale = documentedIds() - emittedIds();
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("documented but never emitted by the code: ") + listed(stale)));
}

QTEST_GUILESS_MAIN(TestRuleDocs)
#include "TestRuleDocs.moc"
