import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The duty teacher's roster: find a child, open their file, add a child,
// import the school's spreadsheet, print the cards.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {

            readAloud: false // behind the teacher's PIN
            Layout.fillWidth: true
            title: qsTr("Children and cards")
            subtitle: RosterAdmin.consentMissing > 0 ? qsTr("%n child(ren) on the roster", "", list.count) + "  ·  " + qsTr("guardian's consent not recorded for %n", "", RosterAdmin.consentMissing) : qsTr("%n child(ren) on the roster", "", list.count)
            onBackClicked: RosterAdmin.back()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacing / 2
                TextField {
                    objectName: "rosterFilter"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchMin
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    placeholderText: qsTr("Find: name or pinyin letters")
                    placeholderTextColor: Theme.textMuted
                    text: RosterAdmin.filter
                    onTextEdited: RosterAdmin.filter = text
                }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    border.width: 2
                    clip: true
                    ListView {
                        id: list
                        objectName: "rosterList"
                        anchors.fill: parent
                        anchors.margins: 12
                        spacing: 6
                        model: RosterAdmin.children
                        delegate: Rectangle {
                            required property string childId
                            required property string name
                            required property string className
                            required property string cardCode
                            required property url photo
                            width: list.width
                            height: Theme.touchMin
                            radius: 18
                            color: tap.pressed ? Theme.surfaceWarm : Theme.background
                            RowLayout {
                                anchors.fill: parent
                                anchors.leftMargin: 8
                                anchors.rightMargin: Theme.spacing
                                spacing: Theme.spacing
                                QqPhoto {
                                    size: 80
                                    source: photo
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: name
                                    color: Theme.text
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontBody
                                    font.bold: true
                                    elide: Text.ElideRight
                                }
                                Text {
                                    Layout.preferredWidth: 220
                                    text: className
                                    color: Theme.textMuted
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontSmall
                                    elide: Text.ElideRight
                                }
                                Text {
                                    Layout.preferredWidth: 150
                                    text: cardCode !== "" ? qsTr("Card ✓") : qsTr("No card")
                                    color: cardCode !== "" ? Theme.success : Theme.textMuted
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontSmall
                                }
                            }
                            TapHandler {
                                id: tap
                                onTapped: RosterAdmin.openChild(childId)
                            }
                        }
                    }
                }
            }

            ColumnLayout {
                Layout.preferredWidth: 360
                Layout.fillWidth: false
                Layout.fillHeight: true
                spacing: Theme.spacing
                QqButton {
                    objectName: "addChild"
                    Layout.fillWidth: true
                    text: qsTr("Add a child")
                    iconName: "add"
                    tint: Theme.signIn
                    onClicked: RosterAdmin.newChild()
                }
                QqButton {
                    objectName: "importRoster"
                    Layout.fillWidth: true
                    text: qsTr("Import roster")
                    iconName: "import"
                    tint: Theme.library
                    onClicked: RosterAdmin.openImport()
                }
                QqButton {
                    objectName: "printAllCards"
                    Layout.fillWidth: true
                    text: qsTr("Print all cards")
                    iconName: "print"
                    tint: Theme.calls
                    onClicked: RosterAdmin.printAllCards()
                }
                Text {
                    objectName: "rosterNotice"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    text: RosterAdmin.notice
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WrapAnywhere
                    verticalAlignment: Text.AlignTop
                }
            }
        }
    }
}
