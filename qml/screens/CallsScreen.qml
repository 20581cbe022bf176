import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The call board: the next calls, and a big button to book your own.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {
            Layout.fillWidth: true
            title: qsTr("Calls with your family")
            subtitle: qsTr("The next calls in the family room")
            onBackClicked: Calls.back()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.spacing

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: 2
                clip: true
                Text {
                    visible: board.count === 0
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.margin
                    text: qsTr("No calls are booked yet. Be the first!")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
                ListView {
                    id: board
                    objectName: "callBoard"
                    anchors.fill: parent
                    anchors.margins: 12
                    spacing: 6
                    model: Calls.board
                    delegate: CallRowDelegate {
                        width: board.width
                    }
                }
            }

            ColumnLayout {
                Layout.preferredWidth: 380
                Layout.fillWidth: false
                Layout.fillHeight: true
                spacing: Theme.spacing
                QqButton {
                    objectName: "bookMyCall"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchMin * 2
                    text: qsTr("Book my call")
                    iconName: "phone"
                    tint: Theme.calls
                    fontSize: Theme.fontLarge
                    onClicked: Calls.bookMine()
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Find your photo, choose who to call and when. The kiosk calls you when it is time.")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
                Item {
                    Layout.fillHeight: true
                }
            }
        }
    }
}
