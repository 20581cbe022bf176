import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// Stocktake: scan every copy on the shelf; what was not scanned is missing.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {

            readAloud: false // behind the teacher's PIN
            Layout.fillWidth: true
            title: qsTr("Stocktake: %1 of %2").arg(Library.stocktakeScanned).arg(Library.stocktakeExpected)
            subtitle: qsTr("Scan the sticker of every book on the shelf. It is kept if you stop halfway.")
            onBackClicked: Library.openCatalog()

            QqButton {
                objectName: "finishStocktake"
                text: qsTr("Finish")
                iconName: "flag"
                tint: Theme.library
                onClicked: Library.finishStocktake()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.margin

            ColumnLayout {
                Layout.fillWidth: false
                Layout.preferredWidth: 440
                Layout.fillHeight: true
                spacing: Theme.spacing
                Viewfinder {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 330
                }
                Text {
                    objectName: "stocktakeLast"
                    Layout.fillWidth: true
                    text: Library.stocktakeLast === "" ? qsTr("Waiting for the first book…") : Library.stocktakeLast
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                Text {
                    visible: Library.foundOnLoan > 0
                    Layout.fillWidth: true
                    text: qsTr("%n book(s) found on the shelf that are still on a child's list.", "", Library.foundOnLoan)
                    color: Theme.danger
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                }
                Item {
                    Layout.fillHeight: true
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 8
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Not found yet: %n", "", missing.count)
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }
                ListView {
                    id: missing
                    objectName: "missingList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    spacing: 6
                    clip: true
                    model: Library.missing
                    delegate: Rectangle {
                        id: row
                        required property string copyId
                        required property string code
                        required property string title
                        width: missing.width
                        height: 100
                        radius: Theme.radius / 2
                        color: Theme.surface
                        border.color: Theme.border
                        border.width: 2
                        RowLayout {
                            anchors.fill: parent
                            anchors.leftMargin: 16
                            anchors.rightMargin: 6
                            spacing: 8
                            Text {
                                text: row.code
                                color: Theme.textMuted
                                font.family: "Noto Sans Mono CJK SC"
                                font.pixelSize: Theme.fontSmall
                            }
                            Text {
                                Layout.fillWidth: true
                                text: row.title
                                color: Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                elide: Text.ElideRight
                            }
                            QqButton {
                                text: qsTr("Lost")
                                iconName: "question"
                                fontSize: Theme.fontSmall
                                tint: Theme.danger
                                onClicked: Library.setCopyState(row.copyId, "lost")
                            }
                        }
                    }
                }
            }
        }
    }
}
