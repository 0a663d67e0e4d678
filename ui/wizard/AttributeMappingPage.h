#pragma once

#include "ui/wizard/SsoWizardPage.h"

#include <QMap>

class QPushButton;
class QTableWidget;

namespace gatehouse::ui {

// Step 3: attribute mapping. The canonical attributes (email, firstName, lastName, groups) with the name the IdP
// sends each under (the preset's usual names, or what the connection already has), plus custom attributes
// (e.g. employeeNumber). Next saves it as the connection's attribute_mapping.
class AttributeMappingPage : public SsoWizardPage
{
    Q_OBJECT

public:
    explicit AttributeMappingPage(SsoWizard* wizard);

    void initializePage() override;
    void addCustomRow(const QString& key = {}, const QString& idpName = {});
    // The mapping as it will be saved; an error text when a row is incomplete or a key repeats.
    QMap<QString, QString> mapping(QString* error = nullptr) const;

protected:
    void commit(Done done) override;

private:
    void addRow(const QString& key, const QString& idpName, bool custom);

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace gatehouse::ui
