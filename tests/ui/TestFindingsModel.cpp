#include "ui/validator/FindingsFilterModel.h"
#include "ui/validator/FindingsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using gatehouse::core::saml::Finding;
using gatehouse::core::saml::Findings;
using gatehouse::core::saml::Severity;
using gatehouse::ui::FindingsFilterModel;
using gatehouse::ui::FindingsModel;

namespace {

Findings sampleFindings()
{
    return {
        Finding{QStringLiteral("endpoint.slo"),
                Severity::Info,
                QStringLiteral("No SingleLogoutService."),
                QStringLiteral("Publish one."),
                3,
                QStringLiteral("/md:EntityDescriptor"),
                QStringLiteral("e1")},
        Finding{QStringLiteral("cert.weak-key"),
                Severity::Error,
                QStringLiteral("Weak RSA key of 1024 bits."),
                QStringLiteral("Generate a new signing key."),
                12,
                {},
                QStringLiteral("e1")},
        Finding{QStringLiteral("cert.expiring"),
                Severity::Warning,
                QStringLiteral("Expires in 10 days."),
                QStringLiteral("Roll over the certificate."),
                0,
                {},
                QStringLiteral("e2")},
    };
}

} // namespace

class TestFindingsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelContents();
    void modelTesterAcceptsResets();
    void sortsSeverityAndLineNumerically();
    void filtersBySeverityAndText();
};

void TestFindingsModel::modelContents()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setFindings(sampleFindings());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), FindingsModel::ColumnCount);
    QCOMPARE(model.index(1, FindingsModel::RuleColumn).data().toString(), QStringLiteral("cert.weak-key"));
    QCOMPARE(model.index(1, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
    QCOMPARE(model.index(0, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("Note"));
    QCOMPARE(model.index(1, FindingsModel::LineColumn).data().toInt(), 12);
    QVERIFY(!model.index(2, FindingsModel::LineColumn).data().isValid()); // line 0 shows as empty
    QCOMPARE(model.index(1, FindingsModel::MessageColumn).data().toString(),
             QStringLiteral("Weak RSA key of 1024 bits."));
    QCOMPARE(model.index(1, 0).data(FindingsModel::FixRole).toString(), QStringLiteral("Generate a new signing key."));
    QVERIFY(!model.index(1, FindingsModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.headerData(FindingsModel::RuleColumn, Qt::Horizontal).toString(), QStringLiteral("Rule"));
    QCOMPARE(model.findingAt(2)->ruleId, QStringLiteral("cert.expiring"));
    QVERIFY(model.findingAt(3) == nullptr);
    QVERIFY(model.findingAt(-1) == nullptr);
}

void TestFindingsModel::modelTesterAcceptsResets()
{
    FindingsModel model;
    FindingsFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setFindings(sampleFindings());
    proxy.sort(FindingsModel::SeverityColumn);
    proxy.setSeverityFilter(Severity::Error);
    proxy.setTextFilter(QStringLiteral("weak"));
    model.setFindings({});
    model.setFindings(sampleFindings());
    QCOMPARE(resets.count(), 3);
    QCOMPARE(proxy.rowCount(), 1);
}

void TestFindingsModel::sortsSeverityAndLineNumerically()
{
    FindingsModel model;
    model.setFindings(sampleFindings());
    FindingsFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, FindingsModel::RuleColumn).data().toString(), QStringLiteral("cert.weak-key"));
    QCOMPARE(proxy.index(1, FindingsModel::RuleColumn).data().toString(), QStringLiteral("cert.expiring"));
    QCOMPARE(proxy.index(2, FindingsModel::RuleColumn).data().toString(), QStringLiteral("endpoint.slo"));
    proxy.sort(FindingsModel::LineColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, FindingsModel::LineColumn).data().toInt(), 12);
    QCOMPARE(proxy.index(1, FindingsModel::LineColumn).data().toInt(), 3);
}

void TestFindingsModel::filtersBySeverityAndText()
{
    FindingsModel model;
    model.setFindings(sampleFindings());
    FindingsFilterModel proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setSeverityFilter(Severity::Warning);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, FindingsModel::RuleColumn).data().toString(), QStringLiteral("cert.expiring"));
    proxy.setSeverityFilter(std::nullopt);
    proxy.setTextFilter(QStringLiteral("  CERT. "));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setTextFilter(QStringLiteral("publish one")); // matches the fix text
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, FindingsModel::RuleColumn).data().toString(), QStringLiteral("endpoint.slo"));
    proxy.setTextFilter(QStringLiteral("e2")); // matches the entity id
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSeverityFilter(Severity::Error);
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_MAIN(TestFindingsModel)
#include "TestFindingsModel.moc"
