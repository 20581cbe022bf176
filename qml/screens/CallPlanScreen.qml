import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The week's plan: how many children due a call got one, and who could not
// be placed, with the reason.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {

            readAloud: false // behind the teacher's PIN
            Layout.fillWidth: true
            title: qsTr("This week's plan")
            subtitle: Calls.planSummary
            onBackClicked: Calls.openDay()
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: 2
            clip: true
            Text {
                visible: list.count === 0
                anchors.centerIn: parent
                text: qsTr("Every child who is due has a call.")
                color: Theme.success
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            ListView {
                id: list
                objectName: "unplaced"
                anchors.fill: parent
                anchors.margins: 12
                spacing: 6
                model: Calls.unplaced
                header: Text {
                    width: list.width
                    height: list.count > 0 ? 56 : 0
                    visible: list.count > 0
                    text: qsTr("Not placed this week")
                    color: Theme.danger
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                }
                delegate: Rectangle {
                    required property string title
                    required property string detail
                    width: list.width
                    height: 72
                    radius: 18
                    color: Theme.background
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: Theme.spacing
                        anchors.rightMargin: Theme.spacing
                        spacing: Theme.spacing
                        Text {
                            Layout.preferredWidth: 160
                            text: title
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            text: detail
                            color: Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                    }
                }
            }
        }
    }
}
