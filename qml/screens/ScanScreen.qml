import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// Show your card to the camera. The kiosk signs you in as soon as it reads it.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {
            Layout.fillWidth: true
            title: qsTr("Show your card")
            subtitle: qsTr("Hold it still in front of the camera")
            onBackClicked: Kiosk.back()
        }

        Item {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin

            Rectangle {
                id: viewfinder
                objectName: "viewfinder"
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                width: Math.min(height * 4 / 3, body.width * 0.62)
                radius: Theme.radius
                color: "#2B211B"
                clip: true
                Image {
                    anchors.fill: parent
                    anchors.margins: 6
                    source: Cards.frameUrl
                    fillMode: Image.PreserveAspectFit
                    cache: false
                    visible: Cards.problem === ""
                }
                // Where to hold the card.
                Rectangle {
                    visible: Cards.problem === ""
                    anchors.centerIn: parent
                    width: parent.height * 0.62
                    height: width
                    color: "transparent"
                    radius: Theme.radius
                    border.color: "#FFD27A"
                    border.width: 6
                }
                Text {
                    objectName: "cameraProblem"
                    visible: Cards.problem !== ""
                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    text: Cards.problem
                    color: Theme.textOnColor
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
            }

            ColumnLayout {
                anchors.left: viewfinder.right
                anchors.leftMargin: Theme.margin
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                spacing: Theme.spacing
                Image {
                    Layout.alignment: Qt.AlignHCenter
                    source: Theme.icon("card")
                    sourceSize: Qt.size(160, 160)
                    Layout.preferredWidth: 160
                    Layout.preferredHeight: 160
                    Rectangle {
                        z: -1
                        anchors.fill: parent
                        radius: Theme.radius
                        color: Theme.library
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("The square side of the card goes towards the camera.")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
                Item {
                    Layout.fillHeight: true
                }
                QqButton {
                    Layout.fillWidth: true
                    text: qsTr("Type my name")
                    iconName: "keyboard"
                    tint: Theme.calls
                    onClicked: Kiosk.openSearch()
                }
            }
        }
    }
}
