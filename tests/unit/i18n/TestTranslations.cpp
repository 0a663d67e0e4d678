// The committed translation catalogues against the sources: lupdate is run over the same sources as the
// update_translations target into a temporary file, and every committed catalogue (translations/*.ts) must hold
// exactly its messages (context, source text, disambiguation) — a string added to or removed from the sources
// without `cmake --build … --target update_translations` fails here. The German and French catalogues must be
// complete: no unfinished, empty or vanished message, every plural form filled.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString key; // context ␟ source ␟ comment
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // the translation, or each plural form
};

QString describe(const QString& key)
{
    QStringList parts = key.split(QChar(0x1f));
    return QStringLiteral("[%1] \"%2\"").arg(parts.value(0), parts.value(1));
}

QList<Message> readCatalogue(const QString& path, QString* language, QString* error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    QString source;
    QString comment;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                *language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{};
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                source.clear();
                comment.clear();
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus) {
                    current.translations << xml.readElementText();
                }
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            current.key = context + QChar(0x1f) + source + QChar(0x1f) + comment;
            messages << current;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    }
    return messages;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void catalogueIsCurrent_data();
    void catalogueIsCurrent();
    void translationsAreComplete_data();
    void translationsAreComplete();

private:
    QTemporaryDir m_dir;
    QSet<QString> m_sourceKeys;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString generated = m_dir.filePath(QStringLiteral("current.ts"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(GATEHOUSE_LUPDATE),
                  {QStringLiteral("@" GATEHOUSE_TRANSLATION_SOURCES),
                   QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"),
                   QStringLiteral("none"),
                   QStringLiteral("-ts"),
                   generated});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    const QByteArray output = lupdate.readAll();
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, output.constData());
    QString language;
    QString error;
    const QList<Message> current = readCatalogue(generated, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const Message& m : current) {
        m_sourceKeys.insert(m.key);
    }
    QVERIFY2(m_sourceKeys.size() > 100, "lupdate found (almost) no strings: is the source list right?");
}

void TestTranslations::catalogueIsCurrent_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(GATEHOUSE_TRANSLATIONS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    QVERIFY(files.contains(QStringLiteral("gatehouse_en.ts")));
    for (const QString& file : files) {
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }
}

void TestTranslations::catalogueIsCurrent()
{
    QFETCH(QString, path);
    QString language;
    QString error;
    const QList<Message> committed = readCatalogue(path, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> keys;
    for (const Message& m : committed) {
        if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete")) {
            keys.insert(m.key);
        }
    }
    QStringList missing;
    for (const QString& key : std::as_const(m_sourceKeys)) {
        if (!keys.contains(key)) {
            missing << describe(key);
        }
    }
    QStringList stale;
    for (const QString& key : std::as_const(keys)) {
        if (!m_sourceKeys.contains(key)) {
            stale << describe(key);
        }
    }
    missing.sort();
    stale.sort();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 lacks %2 string(s) of the sources (run the update_translations target): %3")
                            .arg(path)
                            .arg(missing.size())
                            .arg(missing.mid(0, 20).join(QStringLiteral("; ")))));
    QVERIFY2(stale.isEmpty(),
             qPrintable(QStringLiteral("%1 holds %2 string(s) no longer in the sources (run update_translations): %3")
                            .arg(path)
                            .arg(stale.size())
                            .arg(stale.mid(0, 20).join(QStringLiteral("; ")))));
}

void TestTranslations::translationsAreComplete_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expectedLanguage");
    const QDir dir(QStringLiteral(GATEHOUSE_TRANSLATIONS_DIR));
    QTest::newRow("de") << dir.filePath(QStringLiteral("gatehouse_de.ts")) << QStringLiteral("de");
    QTest::newRow("fr") << dir.filePath(QStringLiteral("gatehouse_fr.ts")) << QStringLiteral("fr");
}

void TestTranslations::translationsAreComplete()
{
    QFETCH(QString, path);
    QFETCH(QString, expectedLanguage);
    QString language;
    QString error;
    const QList<Message> messages = readCatalogue(path, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(language.startsWith(expectedLanguage), qPrintable(language));
    QStringList unfinished;
    for (const Message& m : messages) {
        bool empty = m.translations.isEmpty();
        for (const QString& t : m.translations) {
            empty = empty || t.trimmed().isEmpty();
        }
        if (!m.type.isEmpty() || empty) {
            unfinished << describe(m.key);
        }
    }
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1: %2 unfinished or empty message(s): %3")
                            .arg(path)
                            .arg(unfinished.size())
                            .arg(unfinished.mid(0, 20).join(QStringLiteral("; ")))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
