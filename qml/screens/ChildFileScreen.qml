import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The child's file and contact card, for the duty teacher: photo, card,
// the child's details, parents and the guardian at home.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {

            readAloud: false // behind the teacher's PIN
            Layout.fillWidth: true
            title: RosterAdmin.fileTitle
            subtitle: RosterAdmin.fileIsNew ? qsTr("Fill in and save") : qsTr("Child's file and contact card")
            onBackClicked: RosterAdmin.back()

            QqButton {
                objectName: "readingHistory"
                visible: !RosterAdmin.fileIsNew
                text: qsTr("Reading")
                iconName: "book"
                tint: Theme.library
                onClicked: Library.openHistory(RosterAdmin.fileChildId)
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.margin

            ColumnLayout {
                Layout.preferredWidth: 300
                Layout.fillWidth: false
                Layout.fillHeight: true
                spacing: Theme.spacing / 2
                QqPhoto {
                    objectName: "filePhoto"
                    Layout.alignment: Qt.AlignHCenter
                    size: 200
                    source: RosterAdmin.filePhoto
                }
                QqButton {
                    objectName: "takePhoto"
                    Layout.fillWidth: true
                    enabled: !RosterAdmin.fileIsNew
                    text: qsTr("Take photo")
                    iconName: "camera"
                    tint: Theme.calls
                    onClicked: RosterAdmin.startPhoto()
                }
                Text {
                    objectName: "cardCode"
                    Layout.fillWidth: true
                    text: RosterAdmin.fileCardCode !== "" ? qsTr("Card: %1").arg(RosterAdmin.fileCardCode) : qsTr("No card yet")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    horizontalAlignment: Text.AlignHCenter
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    QqButton {
                        objectName: "makeCard"
                        Layout.fillWidth: true
                        enabled: !RosterAdmin.fileIsNew
                        text: RosterAdmin.fileCardCode === "" ? qsTr("Make card") : qsTr("New card")
                        iconName: "card"
                        fontSize: Theme.fontSmall
                        tint: Theme.library
                        onClicked: RosterAdmin.issueCard()
                    }
                    QqButton {
                        objectName: "printCard"
                        Layout.fillWidth: true
                        enabled: RosterAdmin.fileCardCode !== ""
                        text: qsTr("Print")
                        iconName: "print"
                        fontSize: Theme.fontSmall
                        tint: Theme.library
                        onClicked: RosterAdmin.printCard()
                    }
                }
                Text {
                    objectName: "fileMessage"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    text: RosterAdmin.fileMessage
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WrapAnywhere
                    verticalAlignment: Text.AlignBottom
                }
                QqButton {
                    objectName: "saveFile"
                    Layout.fillWidth: true
                    text: qsTr("Save")
                    iconName: "ok"
                    tint: Theme.signIn
                    onClicked: RosterAdmin.save()
                }
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
                    id: fields
                    objectName: "fileFields"
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: 10
                    model: RosterAdmin.file
                    section.property: "section"
                    section.delegate: Text {
                        required property string section
                        width: fields.width
                        topPadding: 10
                        bottomPadding: 4
                        text: section
                        color: Theme.signIn
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                    }
                    delegate: ColumnLayout {
                        id: field
                        required property int index
                        required property string key
                        required property string label
                        required property string value
                        required property string kind
                        required property var choices
                        required property string error
                        width: fields.width
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            Text {
                                Layout.preferredWidth: 190
                                text: field.label
                                color: Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                elide: Text.ElideRight
                            }
                            TextField {
                                objectName: "field_" + field.key
                                visible: field.kind !== "choice"
                                Layout.fillWidth: true
                                Layout.preferredHeight: Theme.touchMin
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                text: field.value
                                placeholderText: field.kind === "date" ? "2015-03-07" : ""
                                placeholderTextColor: Theme.textMuted
                                inputMethodHints: field.kind === "phone" || field.kind === "number" ? Qt.ImhDigitsOnly : Qt.ImhNone
                                onTextEdited: RosterAdmin.setField(field.index, text)
                            }
                            ComboBox {
                                objectName: "choice_" + field.key
                                visible: field.kind === "choice"
                                Layout.fillWidth: true
                                Layout.preferredHeight: Theme.touchMin
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                model: field.choices
                                currentIndex: field.choices ? field.choices.indexOf(field.value) : -1
                                displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
                                onActivated: i => RosterAdmin.setField(field.index, field.choices[i])
                            }
                        }
                        Text {
                            visible: field.error !== ""
                            Layout.fillWidth: true
                            Layout.leftMargin: 190 + Theme.spacing
                            text: field.error
                            color: Theme.danger
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }
        }
    }

    // Taking the photo: the camera's picture, big, with the face square.
    Rectangle {
        objectName: "photoCamera"
        visible: RosterAdmin.takingPhoto
        anchors.fill: parent
        color: "#E0000000"
        TapHandler {
        }
        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.spacing
            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Image {
                    id: frame
                    anchors.fill: parent
                    source: RosterAdmin.takingPhoto ? Cards.frameUrl : ""
                    fillMode: Image.PreserveAspectFit
                    cache: false
                }
                Rectangle {
                    anchors.centerIn: parent
                    height: Math.min(frame.paintedHeight, frame.paintedWidth)
                    width: height
                    color: "transparent"
                    border.color: "#FFD27A"
                    border.width: 6
                    visible: Cards.problem === ""
                }
                Text {
                    anchors.fill: parent
                    visible: Cards.problem !== ""
                    text: Cards.problem
                    color: Theme.textOnColor
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
            }
            RowLayout {
                Layout.alignment: Qt.AlignHCenter
                spacing: Theme.spacing
                QqButton {
                    objectName: "capturePhoto"
                    Layout.preferredWidth: 360
                    enabled: Cards.problem === ""
                    text: qsTr("Take it")
                    iconName: "camera"
                    tint: Theme.signIn
                    onClicked: RosterAdmin.capturePhoto()
                }
                QqButton {
                    Layout.preferredWidth: 360
                    text: qsTr("Cancel")
                    iconName: "no"
                    tint: Theme.surface
                    textColor: Theme.text
                    onClicked: RosterAdmin.cancelPhoto()
                }
            }
        }
    }
}
