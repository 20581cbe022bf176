import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The teacher's catalog: every title with its copies, the most read this
// term, and the way to a new title, the late books and the stocktake.
// Scanning a book's ISBN or sticker opens it (or starts a new title).
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {

            readAloud: false // behind the teacher's PIN
            Layout.fillWidth: true
            title: qsTr("Book corner: %n title(s)", "", Library.titleCount)
            subtitle: Library.notice !== "" ? Library.notice : qsTr("%1 copies, %2 out now. Scan a book to find or add it.").arg(Library.copyCount).arg(Library.onLoanCount)
            onBackClicked: Kiosk.show(Kiosk.TeacherRoom)

            QqButton {
                objectName: "importCatalog"
                text: qsTr("Import")
                iconName: "import"
                tint: Theme.calls
                onClicked: Library.openImport()
            }
            QqButton {
                objectName: "addTitle"
                text: qsTr("New book")
                iconName: "add"
                tint: Theme.library
                onClicked: Library.newTitle()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 8
                QqField {
                    id: query
                    objectName: "catalogSearch"
                    Layout.fillWidth: true
                    label: qsTr("Find a title (characters or pinyin)")
                    input.onTextChanged: Library.setCatalogQuery(input.text)
                }
                ListView {
                    id: titles
                    objectName: "catalogList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    spacing: 8
                    clip: true
                    model: Library.catalog
                    delegate: Rectangle {
                        id: row
                        required property string titleId
                        required property string title
                        required property string author
                        required property url cover
                        required property int copies
                        required property int available
                        required property int timesBorrowed
                        width: titles.width
                        height: 96
                        radius: Theme.radius / 2
                        color: Theme.surface
                        border.color: Theme.border
                        border.width: 2
                        RowLayout {
                            anchors.fill: parent
                            anchors.margins: 8
                            spacing: Theme.spacing / 2
                            Image {
                                Layout.preferredWidth: 60
                                Layout.preferredHeight: 80
                                source: row.cover
                                sourceSize: Qt.size(60, 80)
                                fillMode: Image.PreserveAspectCrop
                                asynchronous: true
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                Text {
                                    Layout.fillWidth: true
                                    text: row.title
                                    color: Theme.text
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontBody
                                    font.bold: true
                                    elide: Text.ElideRight
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: row.author
                                    color: Theme.textMuted
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontSmall
                                    elide: Text.ElideRight
                                }
                            }
                            Text {
                                text: qsTr("%1 of %2 here").arg(row.available).arg(row.copies)
                                color: row.available > 0 ? Theme.library : Theme.danger
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                        TapHandler {
                            onTapped: Library.editTitleById(row.titleId)
                        }
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: false
                Layout.preferredWidth: 380
                Layout.fillHeight: true
                spacing: Theme.spacing * 2 / 3
                // Side by side: the rules and the most read need the height.
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    QqButton {
                        objectName: "openOverdue"
                        Layout.fillWidth: true
                        implicitWidth: Theme.touchMin
                        fontSize: Theme.fontSmall
                        text: qsTr("Late books")
                        iconName: "clock"
                        tint: Theme.danger
                        onClicked: Library.openOverdue()
                    }
                    QqButton {
                        objectName: "openStocktake"
                        Layout.fillWidth: true
                        implicitWidth: Theme.touchMin
                        fontSize: Theme.fontSmall
                        text: qsTr("Stocktake")
                        iconName: "card"
                        tint: Theme.calls
                        onClicked: Library.openStocktake()
                    }
                }
                // The room's rules: tap − or + to change one.
                GridLayout {
                    objectName: "rules"
                    Layout.fillWidth: true
                    columns: 4
                    columnSpacing: 6
                    rowSpacing: 4
                    Repeater {
                        model: [
                            { label: qsTr("Books at once"), value: Library.maxLoans, key: "max" },
                            { label: qsTr("Days"), value: Library.loanDays, key: "days" },
                            { label: qsTr("Renewals"), value: Library.renewals, key: "renew" }
                        ]
                        delegate: Item {
                            id: rule
                            required property var modelData
                            required property int index
                            Layout.columnSpan: 4
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.keyHeight
                            function change(step) {
                                const max = Library.maxLoans + (rule.modelData.key === "max" ? step : 0);
                                const days = Library.loanDays + (rule.modelData.key === "days" ? step * 7 : 0);
                                const renew = Library.renewals + (rule.modelData.key === "renew" ? step : 0);
                                Library.changeRules(max, days, renew, Library.blockWhenOverdue);
                            }
                            RowLayout {
                                anchors.fill: parent
                                spacing: 6
                                Text {
                                    Layout.fillWidth: true
                                    text: rule.modelData.label
                                    color: Theme.textMuted
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontSmall
                                    wrapMode: Text.WordWrap
                                }
                                QqButton {
                                    objectName: "less_" + rule.modelData.key
                                    Layout.preferredWidth: Theme.keyHeight
                                    Layout.preferredHeight: Theme.keyHeight
                                    text: "−"
                                    tint: Theme.surface
                                    textColor: Theme.text
                                    border.color: Theme.border
                                    border.width: 2
                                    onClicked: rule.change(-1)
                                }
                                Text {
                                    Layout.preferredWidth: 44
                                    text: rule.modelData.value
                                    color: Theme.text
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontBody
                                    font.bold: true
                                    horizontalAlignment: Text.AlignHCenter
                                }
                                QqButton {
                                    objectName: "more_" + rule.modelData.key
                                    Layout.preferredWidth: Theme.keyHeight
                                    Layout.preferredHeight: Theme.keyHeight
                                    text: "+"
                                    tint: Theme.surface
                                    textColor: Theme.text
                                    border.color: Theme.border
                                    border.width: 2
                                    onClicked: rule.change(1)
                                }
                            }
                        }
                    }
                }
                Text {
                    Layout.fillWidth: true
                    Layout.topMargin: 8
                    text: qsTr("Most read this term")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                Repeater {
                    model: Library.mostRead
                    Text {
                        required property string title
                        required property int timesBorrowed
                        required property int index
                        visible: index < 3 // the room has space for three
                        Layout.fillWidth: true
                        text: (index + 1) + ". " + title + "  ×" + timesBorrowed
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                }
                Item {
                    Layout.fillHeight: true
                }
            }
        }
    }
}
