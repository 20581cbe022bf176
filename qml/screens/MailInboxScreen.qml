import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The counselor's inbox: letters to follow up first, then newest first.
// Each row: when, who (or "without a name"), the feeling, the first words.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {

            readAloud: false // behind the teacher's PIN
            Layout.fillWidth: true
            title: qsTr("Letters (%n)", "", inbox.count)
            subtitle: Mail.followUpCount > 0 ? qsTr("%n letter(s) need follow-up.", "", Mail.followUpCount) : qsTr("Locks itself when left alone.")
            onBackClicked: Mail.lock()

            QqButton {
                objectName: "openCare"
                text: qsTr("Who needs me")
                iconName: "people"
                tint: Theme.calls
                onClicked: Mail.showCare()
            }
            QqButton {
                objectName: "lockMailbox"
                text: qsTr("Lock")
                iconName: "lock"
                tint: Theme.teacher
                onClicked: Mail.lock()
            }
        }

        ListView {
            id: inbox
            objectName: "inboxList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: 12
            clip: true
            model: Mail.inbox
            Text {
                visible: inbox.count === 0
                anchors.centerIn: parent
                text: qsTr("No letters yet.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
            }
            delegate: Rectangle {
                id: row
                required property string letterId
                required property string when
                required property string sender
                required property bool anonymous
                required property int feeling
                required property string preview
                required property bool hasVoice
                required property bool opened
                required property bool followUp
                required property bool damaged
                required property int index
                objectName: "letterRow" + index
                width: inbox.width
                height: Theme.touchMin + 8
                radius: Theme.radius
                color: followUp ? "#FFE3D6" : Theme.surface
                border.color: followUp ? Theme.danger : Theme.border
                border.width: followUp ? 3 : 2
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacing
                    anchors.rightMargin: Theme.spacing
                    spacing: Theme.spacing
                    Rectangle {
                        Layout.preferredWidth: 18
                        Layout.preferredHeight: 18
                        radius: 9
                        color: row.opened ? "transparent" : Theme.mailbox
                        Accessible.name: row.opened ? "" : qsTr("Unread")
                    }
                    Image {
                        Layout.preferredWidth: 64
                        Layout.preferredHeight: 64
                        source: Theme.icon(row.damaged ? "lock" : row.feeling > 0 ? "mood" + row.feeling : row.anonymous ? "anonymous" : "mail")
                        sourceSize.width: 64
                        sourceSize.height: 64
                    }
                    ColumnLayout {
                        Layout.fillWidth: false
                        Layout.preferredWidth: 300
                        spacing: 0
                        Text {
                            Layout.fillWidth: true
                            text: row.sender
                            color: row.damaged ? Theme.danger : Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.bold: !row.opened
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            text: row.when
                            color: Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: row.preview
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        elide: Text.ElideRight
                        maximumLineCount: 1
                    }
                    Image {
                        visible: row.hasVoice
                        Layout.preferredWidth: 48
                        Layout.preferredHeight: 48
                        source: Theme.icon("mic")
                        sourceSize.width: 48
                        sourceSize.height: 48
                    }
                    Image {
                        visible: row.followUp
                        Layout.preferredWidth: 48
                        Layout.preferredHeight: 48
                        source: Theme.icon("flag")
                        sourceSize.width: 48
                        sourceSize.height: 48
                    }
                }
                TapHandler {
                    onTapped: Mail.openLetter(row.letterId)
                }
            }
        }
    }
}
